package adapters;

import java.time.Instant;

/**
 * Remembers the HTTP answer to a request sent with an Idempotency-Key, so that a retry gets the same
 * answer instead of a second effect. Keys are scoped to the caller. A contract between two adapters, not a
 * business rule: the REST adapter ({@code IdempotentCreation}) uses it and the persistence adapter keeps the
 * answers; it lives here, outside both, because adapters of different technologies do not know each other.
 */
public interface IdempotentRequests {

    /**
     * Claims the key for a first attempt, or tells why it cannot be claimed. A key used before
     * {@code expiredBefore} (its retention is over) is claimed anew, as if never used. An unfinished claim
     * is taken over only when no live request holds it (see {@link #hold}).
     */
    Claim claim(String scope, String key, String requestFingerprint, Instant now, Instant expiredBefore);

    /**
     * Holds the claim for the rest of the calling transaction (the request's own), so that no other request
     * takes it over while this one lives; false when it is no longer this claim's (taken over meanwhile).
     * Never waits long for the row.
     */
    boolean hold(String scope, String key, java.util.UUID claimToken);

    /** Stores the final answer; called in the same transaction as the request's effect, after {@link #hold}. */
    void complete(String scope, String key, StoredResponse response);

    /** Gives up this claim after an unexpected failure so that a retry can run again; another's claim stays. */
    void release(String scope, String key, java.util.UUID claimToken);

    /** Forgets up to {@code limit} keys claimed before {@code cutoff}; returns how many. */
    int purgeClaimedBefore(Instant cutoff, int limit);

    /**
     * Forgets the finished answers kept for one caller (a closed account's: they may hold an address); returns how
     * many.
     */
    int forgetScope(String scope);

    sealed interface Claim {
        record Claimed(java.util.UUID token) implements Claim { }
        record Replay(StoredResponse response) implements Claim { }
        record InProgress() implements Claim { }
        record FingerprintMismatch() implements Claim { }
    }

    record StoredResponse(int status, String contentType, String body, String location) { }
}
