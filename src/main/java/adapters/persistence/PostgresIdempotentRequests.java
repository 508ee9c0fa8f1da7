package adapters.persistence;

import adapters.IdempotentRequests;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Idempotency keys in PostgreSQL. A claim is an insert that only the first request wins. The request then
 * locks its row for as long as it runs ({@link #hold}); a claim left unfinished is taken over only when its
 * row is not locked, that is when no live request holds it (PostgreSQL releases a dead session's locks),
 * never because some clock says a minute has passed. A key whose retention is over is claimed anew.
 */
@ApplicationScoped
public class PostgresIdempotentRequests implements IdempotentRequests {

    @Override
    public Claim claim(String scope, String key, String fingerprint, Instant now, Instant expiredBefore) {
        EntityManager em = Panache.getEntityManager();
        UUID token = UUID.randomUUID();
        int inserted = em.createNativeQuery("""
                        INSERT INTO idempotency_keys (scope, idempotency_key, fingerprint, created_at, claim_token)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (scope, idempotency_key) DO NOTHING
                        """)
                .setParameter(1, scope).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, now).setParameter(5, token)
                .executeUpdate();
        if (inserted == 1) return new Claim.Claimed(token);
        // Locked rows are passed over: a live request holds its claim until it commits or rolls back.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT fingerprint, completed, response_status, content_type, response_body, location, created_at
                        FROM idempotency_keys WHERE scope = ?1 AND idempotency_key = ?2 FOR UPDATE SKIP LOCKED
                        """)
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) return new Claim.InProgress(); // held by a live request, or released meanwhile
        Object[] row = rows.get(0);
        boolean expired = toInstant(row[6]).isBefore(expiredBefore);
        boolean completed = (Boolean) row[1];
        if (expired || !completed) {
            // Expired: a new request under an old key. Unfinished and unlocked: its request is gone.
            em.createNativeQuery("""
                            UPDATE idempotency_keys SET fingerprint = ?3, created_at = ?4, claim_token = ?5, completed = false,
                              response_status = NULL, content_type = NULL, response_body = NULL, location = NULL
                            WHERE scope = ?1 AND idempotency_key = ?2
                            """)
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, fingerprint)
                    .setParameter(4, now).setParameter(5, token).executeUpdate();
            return new Claim.Claimed(token);
        }
        if (!fingerprint.equals(row[0])) return new Claim.FingerprintMismatch();
        return new Claim.Replay(new StoredResponse(((Number) row[2]).intValue(), (String) row[3], (String) row[4], (String) row[5]));
    }

    @Override
    public boolean hold(String scope, String key, UUID claimToken) {
        // No wait: the only other holder is a duplicate taking the claim over, and then this claim is lost; a
        // request that finds its row locked, gone or another's answers 409 at once. The token is in the WHERE
        // so that a request whose claim was taken over never locks the row of the one that took it: that lock
        // would make the new owner's hold fail too, and the key would end with no request running it.
        @SuppressWarnings("unchecked")
        List<Object> tokens = Panache.getEntityManager().createNativeQuery("""
                        SELECT claim_token FROM idempotency_keys
                        WHERE scope = ?1 AND idempotency_key = ?2 AND claim_token = ?3 AND NOT completed
                        FOR UPDATE SKIP LOCKED
                        """)
                .setParameter(1, scope).setParameter(2, key).setParameter(3, claimToken).getResultList();
        return tokens.size() == 1;
    }

    @Override
    public void complete(String scope, String key, StoredResponse response) {
        Panache.getEntityManager().createNativeQuery("""
                        UPDATE idempotency_keys
                        SET completed = true, response_status = ?3, content_type = ?4, response_body = ?5, location = ?6
                        WHERE scope = ?1 AND idempotency_key = ?2
                        """)
                .setParameter(1, scope).setParameter(2, key).setParameter(3, response.status())
                .setParameter(4, response.contentType()).setParameter(5, response.body()).setParameter(6, response.location())
                .executeUpdate();
    }

    @Override
    public void release(String scope, String key, UUID claimToken) {
        Panache.getEntityManager()
                .createNativeQuery("DELETE FROM idempotency_keys WHERE scope = ?1 AND idempotency_key = ?2 AND claim_token = ?3 AND NOT completed")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, claimToken).executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) return instant;
        if (value instanceof java.time.OffsetDateTime odt) return odt.toInstant();
        if (value instanceof java.sql.Timestamp ts) return ts.toInstant();
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    @Override
    public int purgeClaimedBefore(Instant cutoff, int limit) {
        return Panache.getEntityManager().createNativeQuery("""
                        DELETE FROM idempotency_keys WHERE ctid IN (
                          SELECT ctid FROM idempotency_keys WHERE created_at < ?1 LIMIT ?2)
                        """)
                .setParameter(1, cutoff).setParameter(2, limit).executeUpdate();
    }

    @Override
    public int forgetScope(String scope) {
        return Panache.getEntityManager().createNativeQuery("DELETE FROM idempotency_keys WHERE scope = ?1 AND completed")
                .setParameter(1, scope).executeUpdate();
    }
}
