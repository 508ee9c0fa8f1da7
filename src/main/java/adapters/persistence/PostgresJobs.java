package adapters.persistence;

import domain.scheduling.Job;
import domain.scheduling.JobState;
import domain.scheduling.JobType;
import domain.scheduling.Jobs;
import domain.scheduling.JobsRecorded;
import domain.shared.Page;
import domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Jobs in PostgreSQL, in plain JDBC: the outbox is read and written in batches, with row locks that
 * skip what another instance holds. Inside a transaction the data source hands out the transaction's
 * own connection, so these statements commit or roll back with the rest of the use case.
 */
@ApplicationScoped
public class PostgresJobs implements Jobs {
    private static final String COLUMNS = """
            id, type, subject_id, payload, dedup_key, due_at, state, failures, generation, last_error, created_at, finished_at""";

    private final Sql database;
    private final Event<JobsRecorded> recorded;

    PostgresJobs(DataSource dataSource, Event<JobsRecorded> recorded) {
        this.database = new Sql(dataSource, "job");
        this.recorded = recorded;
    }

    @Override
    public void add(Collection<Job> jobs) {
        if (jobs.isEmpty()) return;
        int inserted = 0;
        List<Job> all = List.copyOf(jobs);
        // A statement takes at most 65,535 parameters: a large fan-out goes in chunks.
        for (int from = 0; from < all.size(); from += CHUNK) inserted += insert(all.subList(from, Math.min(all.size(), from + CHUNK)));
        if (inserted > 0) recorded.fire(new JobsRecorded(inserted));
    }

    private static final int CHUNK = 2_000;

    private int insert(List<Job> jobs) {
        StringBuilder sql = new StringBuilder("INSERT INTO jobs (" + COLUMNS + ") VALUES ");
        for (int i = 0; i < jobs.size(); i++) sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        sql.append(" ON CONFLICT (dedup_key) WHERE state IN ('SCHEDULED', 'PARKED') DO NOTHING");
        return database.execute(sql.toString(), statement -> {
            int p = 1;
            for (Job job : jobs) p = bind(statement, p, job);
            return statement.executeUpdate();
        });
    }

    @Override
    public void update(Job job) {
        database.execute("""
                UPDATE jobs SET due_at = ?, state = ?, failures = ?, generation = ?, last_error = ?, finished_at = ?
                WHERE id = ?""", statement -> {
            statement.setObject(1, Sql.utc(job.dueAt()));
            statement.setString(2, job.state().name());
            statement.setInt(3, job.failures());
            statement.setLong(4, job.generation());
            statement.setString(5, job.lastError());
            statement.setObject(6, Sql.utc(job.finishedAt()));
            statement.setObject(7, job.id());
            return statement.executeUpdate();
        });
        if (job.state() == JobState.SCHEDULED) recorded.fire(new JobsRecorded(0));
    }

    @Override
    public void cancelLiveOf(JobType type, String subjectId, Instant now) {
        database.execute("""
                UPDATE jobs SET state = 'CANCELLED', generation = generation + 1, finished_at = ?
                WHERE subject_id = ? AND type = ? AND state IN ('SCHEDULED', 'PARKED')""", statement -> {
            statement.setObject(1, Sql.utc(now));
            statement.setString(2, subjectId);
            statement.setString(3, type.name());
            return statement.executeUpdate();
        });
    }

    @Override
    public void cancelLive(Collection<String> dedupKeys, Instant now) {
        database.execute("""
                UPDATE jobs SET state = 'CANCELLED', generation = generation + 1, finished_at = ?
                WHERE dedup_key = ANY (?) AND state IN ('SCHEDULED', 'PARKED')""", statement -> {
            statement.setObject(1, Sql.utc(now));
            statement.setArray(2, statement.getConnection().createArrayOf("varchar", dedupKeys.toArray()));
            return statement.executeUpdate();
        });
    }

    @Override
    public Optional<Job> liveByDedupKey(String dedupKey) {
        return one("SELECT " + COLUMNS + " FROM jobs WHERE dedup_key = ? AND state IN ('SCHEDULED', 'PARKED') FOR UPDATE",
                dedupKey);
    }

    @Override
    public Optional<Job> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM jobs WHERE id = ?", id);
    }

    @Override
    public Optional<Job> lockForRun(UUID id) {
        return one("SELECT " + COLUMNS + " FROM jobs WHERE id = ? FOR UPDATE", id);
    }

    @Override
    public Page<Job> find(String subjectIdOrNull, JobState stateOrNull, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM jobs WHERE true");
        List<Object> parameters = new ArrayList<>();
        if (subjectIdOrNull != null) {
            sql.append(" AND subject_id = ?");
            parameters.add(subjectIdOrNull);
        }
        if (stateOrNull != null) {
            sql.append(" AND state = ?");
            parameters.add(stateOrNull.name());
        }
        if (page.after() != null) {
            Cursor cursor = Cursor.decode(page.after());
            sql.append(" AND (created_at, id) > (?, ?)");
            parameters.add(Sql.utc(cursor.instant()));
            parameters.add(cursor.id());
        }
        sql.append(" ORDER BY created_at, id LIMIT ").append(page.limit() + 1);
        List<Job> rows = list(sql.toString(), parameters.toArray());
        return Paging.page(rows, page, job -> job.createdAt().toString(), Job::id, job -> job);
    }

    @Override
    public List<Job> claimUnsent(int limit) {
        return list("SELECT " + COLUMNS + """
                 FROM jobs WHERE state = 'SCHEDULED' AND sent_generation < generation
                ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED""", limit);
    }

    @Override
    public void markSent(Collection<Job> jobs, Instant sentAt) {
        if (jobs.isEmpty()) return;
        database.execute("""
                UPDATE jobs SET sent_generation = GREATEST(jobs.sent_generation, sent.generation), sent_at = ?
                FROM unnest(?::uuid[], ?::bigint[]) AS sent(id, generation) WHERE jobs.id = sent.id""", statement -> {
            Connection connection = statement.getConnection();
            statement.setObject(1, Sql.utc(sentAt));
            statement.setArray(2, connection.createArrayOf("uuid", jobs.stream().map(Job::id).toArray()));
            statement.setArray(3, connection.createArrayOf("bigint", jobs.stream().map(Job::generation).toArray()));
            return statement.executeUpdate();
        });
    }

    @Override
    public List<Job> overdue(Instant before, int limit) {
        return list("SELECT " + COLUMNS + """
                 FROM jobs WHERE state = 'SCHEDULED' AND due_at < ? AND sent_generation = generation AND sent_at < ?
                ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED""", Sql.utc(before), Sql.utc(before), limit);
    }

    @Override
    public void resendAsIs(Collection<Job> jobs) {
        if (jobs.isEmpty()) return;
        database.execute("UPDATE jobs SET sent_generation = generation - 1 WHERE id = ANY (?)", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", jobs.stream().map(Job::id).toArray()));
            return statement.executeUpdate();
        });
        recorded.fire(new JobsRecorded(0));
    }

    private static int bind(PreparedStatement statement, int p, Job job) throws SQLException {
        statement.setObject(p++, job.id());
        statement.setString(p++, job.type().name());
        statement.setString(p++, job.subjectId());
        statement.setString(p++, job.payload());
        statement.setString(p++, job.dedupKey());
        statement.setObject(p++, Sql.utc(job.dueAt()));
        statement.setString(p++, job.state().name());
        statement.setInt(p++, job.failures());
        statement.setLong(p++, job.generation());
        statement.setString(p++, job.lastError());
        statement.setObject(p++, Sql.utc(job.createdAt()));
        statement.setObject(p++, Sql.utc(job.finishedAt()));
        return p;
    }

    private Optional<Job> one(String sql, Object parameter) {
        return list(sql, parameter).stream().findFirst();
    }

    private List<Job> list(String query, Object... parameters) {
        return database.execute(query, statement -> {
            for (int i = 0; i < parameters.length; i++) statement.setObject(i + 1, parameters[i]);
            List<Job> jobs = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) jobs.add(toDomain(rows));
            }
            return jobs;
        });
    }

    private static Job toDomain(ResultSet row) throws SQLException {
        return new Job(row.getObject("id", UUID.class), new JobType(row.getString("type")), row.getString("subject_id"),
                row.getString("payload"), row.getString("dedup_key"), Sql.instant(row, "due_at"),
                JobState.valueOf(row.getString("state")), row.getInt("failures"), row.getLong("generation"),
                row.getString("last_error"), Sql.instant(row, "created_at"), Sql.instant(row, "finished_at"));
    }
}
