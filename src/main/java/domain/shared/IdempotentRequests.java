package domain.shared;

import java.time.Instant;

/**
 * Remembers the answer to a request sent with an idempotency key, so that a retry gets the same
 * answer instead of a second effect. Keys are scoped to the caller.
 */
public interface IdempotentRequests {

    /** Claims the key for a first attempt, or tells why it cannot be claimed. */
    Claim claim(String scope, String key, String requestFingerprint, Instant now);

    /** Stores the final answer; called in the same transaction as the request's effect. */
    void complete(String scope, String key, StoredResponse response);

    /** Gives up the claim after an unexpected failure so that a retry can run again. */
    void release(String scope, String key);

    /** Forgets up to {@code limit} keys claimed before {@code cutoff}; returns how many. */
    int purgeClaimedBefore(Instant cutoff, int limit);

    sealed interface Claim {
        record Claimed() implements Claim { }
        record Replay(StoredResponse response) implements Claim { }
        record InProgress() implements Claim { }
        record FingerprintMismatch() implements Claim { }
    }

    record StoredResponse(int status, String contentType, String body, String location) { }
}
