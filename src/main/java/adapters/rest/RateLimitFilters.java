package adapters.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies {@link RateLimits} to every authenticated API request: the shop's quota on partner paths (all its
 * keys together), the user's (the token's subject) on the others. It runs before the other request filters,
 * so a request that a later check refuses still counts. Every answer to a counted request carries the quota and what
 * is left of it in the IETF draft's {@code RateLimit-Policy} and {@code RateLimit} fields
 * (draft-ietf-httpapi-ratelimit-headers-09); a request over the quota is a 429 problem with
 * {@code Retry-After}, and does nothing. Requests that fail authentication are not counted.
 */
public class RateLimitFilters {
    private static final String DECISION = RateLimitFilters.class.getName() + ".decision";
    private final RateLimits limits;
    private final SecurityIdentity identity;

    RateLimitFilters(RateLimits limits, SecurityIdentity identity) {
        this.limits = limits;
        this.identity = identity;
    }

    @ServerRequestFilter(priority = Priorities.USER - 100)
    public Response limit(ContainerRequestContext request, UriInfo uri) {
        if (!limits.enabled() || identity.isAnonymous()) return null;
        RateLimits.Decision decision;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            decision = limits.forUser(token.getSubject());
        } else if (identity.hasRole(Caller.PARTNER)) {
            decision = limits.forShop(identity.getPrincipal().getName());
        } else {
            return null;
        }
        request.setProperty(DECISION, decision);
        if (decision.allowed()) return null;
        return Response.fromResponse(Problem.of("rate-limited", "Too Many Requests", 429,
                        "this %s may make %d requests every %d seconds; retry after %d seconds".formatted(
                                decision.policy().name(), decision.policy().requests(),
                                decision.policy().period().toSeconds(), decision.secondsToWait()))
                .at(uri.getPath()).toResponse()).header("Retry-After", String.valueOf(decision.secondsToWait())).build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimits.Decision decision) {
            response.getHeaders().putSingle("RateLimit-Policy", decision.policy().header());
            response.getHeaders().putSingle("RateLimit", decision.header());
        }
    }
}
