package adapters.persistence;

import domain.shared.BusinessCalendar;
import domain.shared.ConcurrentUpdateException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.wallet.FundingKind;
import domain.wallet.FundingSource;
import domain.wallet.FundingSources;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Funding sources in PostgreSQL; a partial unique index allows one default per user. Unlinked sources keep their
 * row ({@code unlinked_at} set): top-ups refer to them, and a pending one settles with the token.
 */
@ApplicationScoped
public class PostgresFundingSources implements FundingSources {
    private static final String COLUMNS = "id, user_id, kind, gateway_token, last4, is_default, added_at, unlinked_at";
    private final Sql sql;
    private final PostgresLedger ledger;

    private final BusinessCalendar calendar;

    PostgresFundingSources(DataSource dataSource, PostgresLedger ledger, BusinessCalendar calendar) {
        this.sql = new Sql(dataSource, "funding source");
        this.ledger = ledger;
        this.calendar = calendar;
    }

    /** The user's wallet row is the lock: auto top-up settings take it too. */
    @Override
    public void lockOwner(String userId) {
        ledger.lockWallet(userId);
    }

    @Override
    public void unlink(String userId, UUID sourceId) {
        sql.update("UPDATE funding_sources SET unlinked_at = ?, is_default = false WHERE id = ? AND user_id = ? AND unlinked_at IS NULL", s -> {
            s.setObject(1, Sql.utc(calendar.now()));
            s.setObject(2, sourceId);
            s.setString(3, userId);
        });
    }

    @Override
    public void add(FundingSource source) {
        sql.update("INSERT INTO funding_sources (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, source.id());
            s.setString(2, source.userId());
            s.setString(3, source.kind().name());
            s.setString(4, source.gatewayToken());
            s.setString(5, source.last4());
            s.setBoolean(6, source.isDefault());
            s.setObject(7, Sql.utc(source.addedAt()));
            s.setObject(8, Sql.utc(source.unlinkedAt()));
        });
    }

    @Override
    public void makeDefault(String userId, UUID sourceId) {
        // Two statements, the old default cleared first: the partial unique index funding_sources_one_default is
        // checked row by row, so a one-statement swap failed whenever the new default's row came first. The
        // owner's wallet row, locked by the caller, keeps the two together.
        sql.update("UPDATE funding_sources SET is_default = false WHERE user_id = ? AND is_default AND id <> ?", s -> {
            s.setString(1, userId);
            s.setObject(2, sourceId);
        });
        int made = sql.update("UPDATE funding_sources SET is_default = true WHERE id = ? AND user_id = ? AND unlinked_at IS NULL", s -> {
            s.setObject(1, sourceId);
            s.setString(2, userId);
        });
        // The service checked the source; had it gone meanwhile, roll back rather than leave no default.
        if (made != 1) throw new ConcurrentUpdateException("funding source", sourceId);
    }

    @Override
    public Optional<FundingSource> byId(String userId, UUID sourceId) {
        return sql.one("SELECT " + COLUMNS + " FROM funding_sources WHERE id = ? AND user_id = ?", s -> {
            s.setObject(1, sourceId);
            s.setString(2, userId);
        }, PostgresFundingSources::source);
    }

    @Override
    public Optional<FundingSource> defaultOf(String userId) {
        return sql.one("SELECT " + COLUMNS + " FROM funding_sources WHERE user_id = ? AND is_default",
                s -> s.setString(1, userId), PostgresFundingSources::source);
    }

    @Override
    public int countOf(String userId) {
        return sql.one("SELECT count(*) FROM funding_sources WHERE user_id = ? AND unlinked_at IS NULL", s -> s.setString(1, userId), row -> row.getInt(1)).orElse(0);
    }

    @Override
    public Page<FundingSource> of(String userId, PageRequest page) {
        Cursor after = page.after() == null ? null : Cursor.decode(page.after());
        Instant afterTime = after == null ? null : after.instant();
        List<FundingSource> rows = sql.list("SELECT " + COLUMNS + " FROM funding_sources WHERE user_id = ? AND unlinked_at IS NULL"
                + " AND (?::timestamptz IS NULL OR (added_at, id) > (?, ?)) ORDER BY added_at, id LIMIT ?", s -> {
            s.setString(1, userId);
            s.setObject(2, Sql.utc(afterTime));
            s.setObject(3, Sql.utc(afterTime));
            s.setObject(4, after == null ? null : after.id());
            s.setInt(5, page.limit() + 1);
        }, PostgresFundingSources::source);
        return Paging.page(rows, page, source -> source.addedAt().toString(), FundingSource::id, source -> source);
    }

    private static FundingSource source(ResultSet row) throws SQLException {
        return new FundingSource(row.getObject("id", UUID.class), row.getString("user_id"), FundingKind.valueOf(row.getString("kind")),
                row.getString("gateway_token"), row.getString("last4"), row.getBoolean("is_default"), Sql.instant(row, "added_at"),
                Sql.instant(row, "unlinked_at"));
    }
}
