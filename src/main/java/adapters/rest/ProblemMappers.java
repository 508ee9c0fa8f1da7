package adapters.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import domain.shared.ConcurrentUpdateException;
import domain.shared.InvalidInputException;
import domain.shared.NotFoundException;
import domain.shared.RequestKeyReusedException;
import domain.shared.StateConflictException;
import domain.wallet.InsufficientFundsException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/** Every error leaves as application/problem+json with a stable type per kind. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        List<Problem.InvalidParam> params = e.errors().stream()
                .map(err -> new Problem.InvalidParam(err.field(), err.reason())).toList();
        return Problem.of("validation-failed", "The request has invalid fields", 400, e.getMessage())
                .withInvalidParams(params).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return Problem.of("not-found", "Not found", 404, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response testClockOff(domain.scheduling.TestClockOffException e, UriInfo uri) {
        return Problem.of("test-clock-off", "Test clocks are off", 403, e.getMessage()).at(uri.getPath()).toResponse();
    }

    /** Not a state of the thing asked for but of the caller: they may no longer do this. */
    @ServerExceptionMapper
    public Response accountClosed(domain.account.AccountClosedException e, UriInfo uri) {
        return Problem.of("account-closed", "The account is closed", 403, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response stateConflict(StateConflictException e, UriInfo uri) {
        return Problem.of("state-conflict", "Not allowed in the current state", 409, e.getMessage())
                .withCurrentState(e.currentState()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response insufficientFunds(InsufficientFundsException e, UriInfo uri) {
        return Problem.of("insufficient-funds", "Insufficient funds", 402, e.getMessage()).at(uri.getPath()).toResponse();
    }

    /** The same type as IdempotentCreation's 422: the key belongs to another request. */
    @ServerExceptionMapper
    public Response requestKeyReused(RequestKeyReusedException e, UriInfo uri) {
        return Problem.of("idempotency-key-reused", "Idempotency-Key reused", 422, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(ConcurrentUpdateException e, UriInfo uri) {
        return Problem.of("concurrent-update", "Changed by another request", 409, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response idempotency(IdempotencyProblem e, UriInfo uri) {
        return e.problem().at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response bodyTooLarge(PayloadLimits.BodyTooLarge e, UriInfo uri) {
        return Problem.of("payload-too-large", "Payload Too Large", 413, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return Problem.of("malformed-json", "The body is not valid JSON", 400, e.getOriginalMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response refusedValue(InputRules.RefusedValue e, UriInfo uri) {
        return invalidField(e, e.reason(), uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return invalidField(e, "is not a known field", uri);
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e, UriInfo uri) {
        String reason = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + java.util.Arrays.toString(e.getTargetType().getEnumConstants())
                : "must be a valid " + (e.getTargetType() == null ? "value" : e.getTargetType().getSimpleName());
        return invalidField(e, reason, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return mismatchedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(JsonMappingException e, UriInfo uri) {
        if (e.getPath().isEmpty()) {
            return Problem.of("malformed-json", "The body does not have the expected shape", 400, e.getOriginalMessage())
                    .at(uri.getPath()).toResponse();
        }
        return invalidField(e, "has the wrong type", uri);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return Problem.of("malformed-json", "The body is not valid JSON", 400, e.getOriginalMessage()).at(uri.getPath()).toResponse();
    }

    /** Vert.x refuses a query string it cannot decode (a bad %-escape) with this; it is the client's mistake. */
    @ServerExceptionMapper
    public Response undecodable(io.vertx.ext.web.handler.HttpException e, UriInfo uri) {
        int status = e.getStatusCode() >= 400 && e.getStatusCode() < 500 ? e.getStatusCode() : 400;
        return Problem.of("bad-request", "Bad Request", status, "the query string cannot be decoded: a % must be followed by two hexadecimal digits")
                .at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, SimpleResourceInfo resource) {
        return unauthenticated(uri, resource);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, SimpleResourceInfo resource) {
        return unauthenticated(uri, resource);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of("forbidden", "Forbidden", 403, "your credentials do not allow this operation").at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps Jackson's errors; answer them as what they are.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InputRules.RefusedValue r) return refusedValue(r, uri);
            if (cause instanceof UnrecognizedPropertyException u) return unknownField(u, uri);
            if (cause instanceof InvalidFormatException f) return badValue(f, uri);
            if (cause instanceof JsonMappingException m) return mismatchedJson(m, uri);
            if (cause instanceof JsonProcessingException j) return otherJson(j, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) return internal(e, uri);
        String kind = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Client error" : type.getReasonPhrase();
        return Problem.of(kind, title, status, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response internal(Throwable e, UriInfo uri) {
        if (noDatabaseConnection(e)) {
            LOG.warnf("no database connection for %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(Problem.of("service-unavailable", "Service Unavailable", 503,
                            "no database connection was free in time, or the database is unreachable; retry shortly"
                                    + " (a creating POST with the same Idempotency-Key)")
                    .at(uri.getPath()).toResponse()).header("Retry-After", "1").build();
        }
        if (e instanceof adapters.SecretKeyMissing missing) {
            LOG.warnf("%s: %s", uri.getPath(), missing.getMessage());
            return Problem.of("service-unavailable", "Service Unavailable", 503,
                    "webhooks are not configured on this platform (no key for their secrets); tell its operators")
                    .at(uri.getPath()).toResponse();
        }
        if (lostARace(e)) {
            return Problem.of("concurrent-update", "Changed by another request", 409,
                    "another change held what this request needed for too long, or won a race for it; retry")
                    .at(uri.getPath()).toResponse();
        }
        if (clientWentAway(e)) {
            LOG.debugf("client closed the connection during %s", uri.getPath());
        } else {
            LOG.error("unexpected failure on " + uri.getPath(), e);
        }
        return Problem.of("internal-error", "Internal server error", 500, "an unexpected error occurred; it has been logged")
                .at(uri.getPath()).toResponse();
    }

    /** Agroal's only word for a pool that stayed exhausted for its whole acquisition time-out. */
    private static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";

    /**
     * The request found no connection: every one was busy until the pool's time-out (overload, not a
     * fault of ours or the client's), or the database refused to connect (SQLSTATE class 08). Either way
     * it could not start its work, and the same request may succeed in a moment.
     */
    private static boolean noDatabaseConnection(Throwable e) {
        return causedBy(e, t -> t instanceof SQLException sql
                && (POOL_EXHAUSTED.equals(sql.getMessage()) || (sql.getSQLState() != null && sql.getSQLState().startsWith("08"))));
    }

    /** A lock wait that ran out (lock_timeout) or a deadlock, met by a Hibernate query rather than our JDBC. */
    private static boolean lostARace(Throwable e) {
        return causedBy(e, t -> t instanceof SQLException sql && ("55P03".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState())));
    }

    /** A client that hangs up mid-request is no server fault; the answer goes nowhere anyway. */
    private static boolean clientWentAway(Throwable e) {
        return causedBy(e, t -> t instanceof java.nio.channels.ClosedChannelException);
    }

    private static boolean causedBy(Throwable e, Predicate<Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.test(t)) return true;
        }
        return false;
    }

    /** The challenge names the one credential the endpoint takes (the mechanism its resource selects). */
    private static Response unauthenticated(UriInfo uri, SimpleResourceInfo resource) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        HttpAuthenticationMechanism selected = type == null ? null : type.getAnnotation(HttpAuthenticationMechanism.class);
        boolean partner = selected != null && ApiKeyAuthentication.SCHEME.equals(selected.value());
        String detail = partner
                ? "partner endpoints take one of the shop's API keys in the " + ApiKeyAuthentication.HEADER + " header, and nothing else"
                : "this endpoint takes a bearer token (Authorization: Bearer <JWT>) of an app user or an admin, and nothing else";
        return Response.fromResponse(Problem.of("unauthorized", "Unauthorized", 401, detail).at(uri.getPath()).toResponse())
                .header("WWW-Authenticate", partner ? ApiKeyAuthentication.CHALLENGE : "Bearer").build();
    }

    private static Response invalidField(JsonMappingException e, String reason, UriInfo uri) {
        String field = fieldPath(e);
        return Problem.of("validation-failed", "The request has invalid fields", 400, field + " " + reason)
                .withInvalidParams(List.of(new Problem.InvalidParam(field, reason))).at(uri.getPath()).toResponse();
    }

    static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
