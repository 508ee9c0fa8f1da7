package adapters.persistence;

import domain.shared.IdempotentRequests;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Idempotency keys in PostgreSQL. A claim is an insert that only the first request wins; a claim
 * left unfinished by a crashed process can be taken over after {@link #ABANDONED_AFTER}.
 */
@ApplicationScoped
public class PostgresIdempotentRequests implements IdempotentRequests {
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    @Override
    public Claim claim(String scope, String key, String fingerprint, Instant now) {
        EntityManager em = Panache.getEntityManager();
        int inserted = em.createNativeQuery("""
                        INSERT INTO idempotency_keys (scope, idempotency_key, fingerprint, created_at)
                        VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (scope, idempotency_key) DO UPDATE
                          SET fingerprint = excluded.fingerprint, created_at = excluded.created_at
                          WHERE NOT idempotency_keys.completed AND idempotency_keys.created_at < ?5
                        """)
                .setParameter(1, scope).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, now).setParameter(5, now.minus(ABANDONED_AFTER))
                .executeUpdate();
        if (inserted == 1) return new Claim.Claimed();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT fingerprint, completed, response_status, content_type, response_body, location
                        FROM idempotency_keys WHERE scope = ?1 AND idempotency_key = ?2
                        """)
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) return new Claim.InProgress(); // released meanwhile: the caller may simply retry
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) return new Claim.FingerprintMismatch();
        if (!(Boolean) row[1]) return new Claim.InProgress();
        return new Claim.Replay(new StoredResponse(((Number) row[2]).intValue(), (String) row[3], (String) row[4], (String) row[5]));
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
    public void release(String scope, String key) {
        Panache.getEntityManager()
                .createNativeQuery("DELETE FROM idempotency_keys WHERE scope = ?1 AND idempotency_key = ?2 AND NOT completed")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
    }

    @Override
    public int purgeClaimedBefore(Instant cutoff, int limit) {
        return Panache.getEntityManager().createNativeQuery("""
                        DELETE FROM idempotency_keys WHERE ctid IN (
                          SELECT ctid FROM idempotency_keys WHERE created_at < ?1 LIMIT ?2)
                        """)
                .setParameter(1, cutoff).setParameter(2, limit).executeUpdate();
    }
}
