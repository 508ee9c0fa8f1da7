package adapters.persistence;

import domain.shared.BusinessCalendar;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.wallet.Account;
import domain.wallet.AccountKind;
import domain.wallet.EntryKind;
import domain.wallet.JournalEntry;
import domain.wallet.Ledger;
import domain.wallet.Line;
import domain.wallet.Wallet;
import domain.wallet.WalletMovement;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The ledger in PostgreSQL (V5): entries and their lines are inserted, never changed. The database
 * checks that each entry balances and moves wallet balances with their lines (trigger
 * {@code journal_lines_posted}); the balance check keeps wallets from going below zero.
 */
@ApplicationScoped
public class PostgresLedger implements Ledger {
    private final Sql sql;

    private final BusinessCalendar calendar;

    PostgresLedger(DataSource dataSource, BusinessCalendar calendar) {
        this.sql = new Sql(dataSource, "ledger");
        this.calendar = calendar;
    }

    @Override
    public Wallet lockWallet(String userId) {
        Optional<Wallet> wallet = lockedWallet(userId);
        if (wallet.isPresent()) return wallet.get();
        sql.update("""
                WITH account AS (
                    INSERT INTO ledger_accounts (kind, owner) VALUES ('WALLET', ?)
                    ON CONFLICT (kind, owner) DO UPDATE SET owner = excluded.owner RETURNING id)
                INSERT INTO wallets (user_id, account_id, opened_at) SELECT ?, id, ? FROM account
                ON CONFLICT (user_id) DO NOTHING""", s -> {
            s.setString(1, userId);
            s.setString(2, userId);
            s.setObject(3, Sql.utc(calendar.now()));
        });
        return lockedWallet(userId).orElseThrow();
    }

    @Override
    public Map<String, Wallet> lockWallets(List<String> userIds) {
        Map<String, Wallet> locked = new LinkedHashMap<>();
        for (Wallet wallet : sql.list("""
                SELECT user_id, balance, auto_top_up_amount FROM wallets WHERE user_id = ANY (?) ORDER BY user_id FOR UPDATE""",
                s -> s.setArray(1, s.getConnection().createArrayOf("varchar", userIds.toArray())), PostgresLedger::wallet)) {
            locked.put(wallet.userId(), wallet);
        }
        for (String userId : userIds) if (!locked.containsKey(userId)) locked.put(userId, lockWallet(userId));
        return locked;
    }

    private Optional<Wallet> lockedWallet(String userId) {
        return sql.one("SELECT user_id, balance, auto_top_up_amount FROM wallets WHERE user_id = ? FOR UPDATE",
                s -> s.setString(1, userId), PostgresLedger::wallet);
    }

    @Override
    public Optional<Wallet> wallet(String userId) {
        return sql.one("SELECT user_id, balance, auto_top_up_amount FROM wallets WHERE user_id = ?",
                s -> s.setString(1, userId), PostgresLedger::wallet);
    }

    @Override
    public void setAutoTopUp(String userId, Long amount) {
        sql.update("UPDATE wallets SET auto_top_up_amount = ? WHERE user_id = ?", s -> {
            s.setObject(1, amount);
            s.setString(2, userId);
        });
    }

    @Override
    public void post(List<JournalEntry> entries) {
        if (entries.isEmpty()) return;
        openPayables(entries);
        StringBuilder insertEntries = new StringBuilder("INSERT INTO journal_entries (id, kind, reference, booked_at) VALUES ");
        // Lines name their account by kind and owner; the join turns that into the account's id.
        StringBuilder insertLines = new StringBuilder("""
                INSERT INTO journal_lines (entry_id, line_no, account_id, amount, booked_at)
                SELECT v.entry_id, v.line_no, a.id, v.amount, v.booked_at
                FROM (VALUES """);
        int lineCount = 0;
        for (int i = 0; i < entries.size(); i++) {
            insertEntries.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?)");
            for (int n = 0; n < entries.get(i).lines().size(); n++) {
                insertLines.append(lineCount++ == 0 ? "" : ", ").append("(?::uuid, ?::smallint, ?, ?, ?::bigint, ?::timestamptz)");
            }
        }
        insertLines.append("""
                ) AS v (entry_id, line_no, kind, owner, amount, booked_at)
                JOIN ledger_accounts a ON a.kind = v.kind AND a.owner = v.owner""");
        sql.update(insertEntries.toString(), s -> {
            int p = 1;
            for (JournalEntry entry : entries) {
                s.setObject(p++, entry.id());
                s.setString(p++, entry.kind().name());
                s.setObject(p++, entry.reference());
                s.setObject(p++, Sql.utc(entry.bookedAt()));
            }
        });
        int inserted = sql.update(insertLines.toString(), s -> {
            int p = 1;
            for (JournalEntry entry : entries) {
                short lineNo = 0;
                for (Line line : entry.lines()) {
                    s.setObject(p++, entry.id());
                    s.setShort(p++, lineNo++);
                    s.setString(p++, line.account().kind().name());
                    s.setString(p++, line.account().owner());
                    s.setLong(p++, line.amount());
                    s.setObject(p++, Sql.utc(entry.bookedAt()));
                }
            }
        });
        if (inserted != lineCount) throw new IllegalStateException("ledger: a line names an account that is not open");
    }

    /** Shops' payable accounts are opened on their first booking. */
    private void openPayables(List<JournalEntry> entries) {
        Set<String> shops = new HashSet<>();
        for (JournalEntry entry : entries) {
            for (Line line : entry.lines()) {
                if (line.account().kind() == AccountKind.PARTNER_PAYABLE) shops.add(line.account().owner());
            }
        }
        if (shops.isEmpty()) return;
        sql.update("""
                INSERT INTO ledger_accounts (kind, owner) SELECT 'PARTNER_PAYABLE', unnest(?::varchar[])
                ON CONFLICT (kind, owner) DO NOTHING""", s -> s.setArray(1, s.getConnection().createArrayOf("varchar", shops.toArray())));
    }

    @Override
    public long balanceOf(Account account) {
        return sql.one("""
                SELECT coalesce(sum(l.amount), 0) FROM journal_lines l JOIN ledger_accounts a ON a.id = l.account_id
                WHERE a.kind = ? AND a.owner = ?""", s -> {
            s.setString(1, account.kind().name());
            s.setString(2, account.owner());
        }, row -> row.getLong(1)).orElse(0L);
    }

    @Override
    public Page<WalletMovement> movements(String userId, PageRequest page) {
        Cursor after = page.after() == null ? null : Cursor.decode(page.after());
        Instant afterTime = after == null ? null : after.instant();
        List<WalletMovement> rows = sql.list("""
                SELECT l.entry_id, e.kind, e.reference, l.amount, l.booked_at
                FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
                WHERE l.account_id = (SELECT account_id FROM wallets WHERE user_id = ?)
                  AND (?::timestamptz IS NULL OR (l.booked_at, l.entry_id) < (?, ?))
                ORDER BY l.booked_at DESC, l.entry_id DESC LIMIT ?""", s -> {
            s.setString(1, userId);
            s.setObject(2, Sql.utc(afterTime));
            s.setObject(3, Sql.utc(afterTime));
            s.setObject(4, after == null ? null : after.id());
            s.setInt(5, page.limit() + 1);
        }, row -> new WalletMovement(row.getObject("entry_id", UUID.class), EntryKind.valueOf(row.getString("kind")),
                row.getObject("reference", UUID.class), row.getLong("amount"), Sql.instant(row, "booked_at")));
        return Paging.page(rows, page, m -> m.bookedAt().toString(), WalletMovement::entryId, m -> m);
    }

    private static Wallet wallet(ResultSet row) throws SQLException {
        return new Wallet(row.getString("user_id"), row.getLong("balance"), Sql.nullableLong(row, "auto_top_up_amount"));
    }
}
