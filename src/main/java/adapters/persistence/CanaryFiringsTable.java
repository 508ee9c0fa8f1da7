package adapters.persistence;

import domain.scheduling.CanaryFirings;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class CanaryFiringsTable implements CanaryFirings {
    private final DataSource dataSource;

    CanaryFiringsTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(UUID jobId, Instant dueAt, Instant firedAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO canary_firings (job_id, due_at, fired_at) VALUES (?, ?, ?)")) {
            insert.setObject(1, jobId);
            insert.setObject(2, Sql.utc(dueAt));
            insert.setObject(3, Sql.utc(firedAt));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("canary firing: " + e.getMessage(), e);
        }
    }
}
