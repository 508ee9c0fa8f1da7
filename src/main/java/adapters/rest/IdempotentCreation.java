package adapters.rest;

import adapters.IdempotentRequests;
import adapters.IdempotentRequests.Claim;
import adapters.IdempotentRequests.StoredResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Runs a creating request as one transaction and, when it carries an Idempotency-Key, makes a retry
 * replay the first answer instead of creating twice. The key is claimed in a short transaction of its
 * own, so a concurrent duplicate sees the claim at once (409), and held by the request's transaction for
 * as long as it runs; the answer is stored in that transaction, so the two commit or vanish together. A
 * key is kept for the retention ({@code gudok.idempotency.retention}); after it, the key is new again.
 */
@ApplicationScoped
public class IdempotentCreation {
    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotentRequests requests;
    private final ObjectMapper json;
    private final ObjectMapper fingerprints;

    private final java.time.Duration retention;

    IdempotentCreation(IdempotentRequests requests, ObjectMapper json,
                       @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gudok.idempotency.retention") java.time.Duration retention) {
        this.requests = requests;
        this.retention = retention;
        this.json = json;
        // Fingerprints write every field, null ones too, whatever answers leave out: a retry must match
        // the fingerprint its first request stored, also across releases that change how answers look.
        this.fingerprints = json.copy().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS);
    }

    public Response run(String scope, String key, String operation, Object request, Supplier<Response> create) {
        if (key == null) return Transactions.inNew(create);
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new IdempotencyProblem(Problem.of("invalid-idempotency-key", "Invalid Idempotency-Key", 400,
                    "the Idempotency-Key header must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters"));
        }
        String fingerprint = fingerprint(operation, request);
        // Real time, not the business calendar: clients retry in real time, also where a test clock has moved it.
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Claim claim = Transactions.inNew(() -> requests.claim(scope, key, fingerprint, now, now.minus(retention)));
        if (claim instanceof Claim.Replay replay) return replayed(replay.response());
        if (claim instanceof Claim.FingerprintMismatch) {
            throw new IdempotencyProblem(Problem.of("idempotency-key-reused", "Idempotency-Key reused", 422,
                    "this Idempotency-Key was already used for a different request"));
        }
        if (claim instanceof Claim.InProgress) throw inProgress();
        java.util.UUID token = ((Claim.Claimed) claim).token();
        boolean[] held = {false};
        try {
            return Transactions.inNew(() -> {
                // Held until this transaction ends: while it lives, no retry takes the key over.
                if (!requests.hold(scope, key, token)) throw inProgress();
                held[0] = true;
                Response response = create.get();
                requests.complete(scope, key, stored(response));
                return response;
            });
        } catch (RuntimeException failed) {
            // A claim never held was taken over by a duplicate, which runs it now: leave it to that one.
            if (!held[0]) throw failed;
            // Free the key so that a corrected or later retry can run. Usually nothing was written; where
            // something was (a top-up written down whose settling failed), the service finds it again by
            // the same key and refuses a different request under it.
            Transactions.inNew(() -> {
                requests.release(scope, key, token);
                return null;
            });
            throw failed;
        }
    }

    private static IdempotencyProblem inProgress() {
        return new IdempotencyProblem(Problem.of("idempotency-request-in-progress", "Request in progress", 409,
                "a request with this Idempotency-Key is still being processed; retry later"));
    }

    /** An answer with a secret that is shown once: what is stored for replays leaves it out. */
    public interface ShownOnce {
        Object withoutSecrets();
    }

    private StoredResponse stored(Response response) {
        Object entity = response.getEntity() instanceof ShownOnce secret ? secret.withoutSecrets() : response.getEntity();
        try {
            String location = response.getLocation() == null ? null : response.getLocation().toString();
            return new StoredResponse(response.getStatus(), MediaType.APPLICATION_JSON,
                    json.writeValueAsString(entity), location);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the answer", e);
        }
    }

    private static Response replayed(StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status())
                .type(stored.contentType()).entity(stored.body().getBytes(StandardCharsets.UTF_8)).header("Idempotent-Replayed", "true");
        if (stored.location() != null) builder.header(HttpHeaders.LOCATION, stored.location());
        return builder.build();
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(fingerprints.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
