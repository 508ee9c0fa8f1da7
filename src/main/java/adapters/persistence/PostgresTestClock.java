package adapters.persistence;

import domain.scheduling.JobHorizon;
import domain.scheduling.JobsRecorded;
import domain.scheduling.TestClockOffsets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** The test clock's offset in {@code test_clock}, and the jobs ahead of it in {@code jobs}. */
@ApplicationScoped
public class PostgresTestClock implements TestClockOffsets, JobHorizon {
    private final Sql sql;
    private final Event<JobsRecorded> recorded;

    PostgresTestClock(DataSource dataSource, Event<JobsRecorded> recorded) {
        this.sql = new Sql(dataSource, "test clock");
        this.recorded = recorded;
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
    public int sendAgain(Instant dueBy, Instant sentBefore, int limit) {
        int sent = sql.update("""
                UPDATE jobs SET sent_generation = generation - 1 WHERE id IN (
                    SELECT id FROM jobs WHERE state = 'SCHEDULED' AND due_at <= ? AND sent_generation = generation
                       AND sent_at < ? ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)""", s -> {
            s.setObject(1, Sql.utc(dueBy));
            s.setObject(2, Sql.utc(sentBefore));
            s.setInt(3, limit);
        });
        if (sent > 0) recorded.fire(new JobsRecorded(0));
        return sent;
    }

    @Override
    public long waitingDueBy(Instant by) {
        return sql.one("SELECT count(*) AS n FROM jobs WHERE state = 'SCHEDULED' AND due_at <= ?",
                s -> s.setObject(1, Sql.utc(by)), row -> row.getLong("n")).orElse(0L);
    }
}
