package adapters.persistence;

import domain.scheduling.JobHorizon;
import domain.scheduling.TestClockOffsets;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** The test clock's offset in {@code test_clock}, and the jobs ahead of it in {@code jobs}. */
@ApplicationScoped
public class PostgresTestClock implements TestClockOffsets, JobHorizon {
    private final Sql sql;

    PostgresTestClock(DataSource dataSource) {
        this.sql = new Sql(dataSource, "test clock");
    }

    @Override
    public Optional<Duration> stored() {
        return sql.one("SELECT offset_ms FROM test_clock WHERE id = 1", s -> { },
                row -> Duration.ofMillis(row.getLong("offset_ms")));
    }

    @Override
    public void store(Duration offset, Instant movedAt) {
        sql.update("""
                INSERT INTO test_clock (id, offset_ms, moved_at) VALUES (1, ?, ?)
                ON CONFLICT (id) DO UPDATE SET offset_ms = excluded.offset_ms, moved_at = excluded.moved_at""", s -> {
            s.setLong(1, offset.toMillis());
            s.setObject(2, Sql.utc(movedAt));
        });
    }

    @Override
    public Optional<Instant> earliestDue() {
        return Optional.ofNullable(sql.list("SELECT min(due_at) AS due FROM jobs WHERE state = 'SCHEDULED'", s -> { },
                row -> Sql.instant(row, "due")).get(0));
    }

    @Override
    public long waitingDueBy(Instant by) {
        return sql.one("SELECT count(*) AS n FROM jobs WHERE state = 'SCHEDULED' AND due_at <= ?",
                s -> s.setObject(1, Sql.utc(by)), row -> row.getLong("n")).orElse(0L);
    }
}
