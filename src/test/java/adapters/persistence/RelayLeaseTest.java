package adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The relay's lease on the real PostgreSQL, as two instances see it: one leads, the other stands by, and takes over
 * as soon as the leader's session ends, also when it dies without stepping down (its connection cut).
 */
class RelayLeaseTest {
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/gudok";

    private static PostgresEventOutbox instance(long key) {
        return new PostgresEventOutbox(null, null, null, URL, "gudok", "gudok", key);
    }

    @Test
    void oneInstanceLeadsAndAnotherTakesOverWhenItsSessionEnds() throws Exception {
        long key = ThreadLocalRandom.current().nextLong(); // not the running app's lease
        PostgresEventOutbox first = instance(key);
        PostgresEventOutbox second = instance(key);
        try {
            assertThat(first.leadRelay()).isTrue();
            assertThat(second.leadRelay()).isFalse();
            assertThat(first.leadRelay()).as("still the leader").isTrue();

            first.stepDown();
            assertThat(second.leadRelay()).isTrue();
            assertThat(first.leadRelay()).isFalse();

            // The leader dies: its backend is terminated, as when its process or network goes.
            try (Connection admin = DriverManager.getConnection(URL, "gudok", "gudok")) {
                admin.createStatement().execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND "
                        + "((classid::bigint << 32) | objid::bigint) = " + key + " AND granted");
            }
            Thread.sleep(200);
            assertThat(first.leadRelay()).as("the lease is free once the leader's session is gone").isTrue();
            assertThat(second.leadRelay()).as("the old leader sees it lost its session").isFalse();
        } finally {
            first.stepDown();
            second.stepDown();
        }
    }
}
