package adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Two instances' turns on the same work, on the real PostgreSQL: one at a time, and a failed turn is given back. */
@QuarkusTest
class WorkerTurnsTest {
    private static final long TURN = 0x7465737474726e31L; // not the running app's classification turn

    private static PostgresWorkerTurns instance() {
        var config = ConfigProvider.getConfig();
        return new PostgresWorkerTurns(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), config.getValue("quarkus.datasource.password", String.class));
    }

    @Test
    void oneInstanceAtATimeAndAFailedTurnIsGivenBack() throws Exception {
        PostgresWorkerTurns one = instance(), other = instance();
        CountDownLatch inside = new CountDownLatch(1), leave = new CountDownLatch(1);
        AtomicBoolean otherEntered = new AtomicBoolean();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> one.inTurn(TURN, () -> {
            inside.countDown();
            await(leave);
            return null;
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> other.inTurn(TURN, () -> {
            otherEntered.set(true);
            return null;
        }));
        awaitWaiterForTheTurn();
        assertThat(otherEntered).as("the other instance waits for the turn").isFalse();
        leave.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(otherEntered).isTrue();

        assertThatThrownBy(() -> one.inTurn(TURN, () -> {
            throw new IllegalStateException("the engine is away");
        })).hasMessageContaining("engine");
        assertThat(CompletableFuture.supplyAsync(() -> other.inTurn(TURN, () -> "entered")).get(10, TimeUnit.SECONDS)).isEqualTo("entered");
    }

    /** Until PostgreSQL shows a session waiting for the turn's advisory lock (the other instance, queued behind). */
    private static void awaitWaiterForTheTurn() throws Exception {
        var config = ConfigProvider.getConfig();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), config.getValue("quarkus.datasource.password", String.class));
             java.sql.PreparedStatement waiting = db.prepareStatement("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                     + " AND NOT granted AND classid::bigint = ? AND objid::bigint = ?")) {
            waiting.setLong(1, TURN >>> 32);
            waiting.setLong(2, TURN & 0xffffffffL);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                try (java.sql.ResultSet row = waiting.executeQuery()) {
                    if (row.next() && row.getLong(1) > 0) return;
                }
                Thread.onSpinWait();
            }
            throw new AssertionError("no session came to wait for the turn");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
