package domain.wallet;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One movement of money: lines on two or more accounts that add up to zero, so money is never created
 * or lost. Entries are never changed; a correction is another entry. {@code reference} is the top-up,
 * payment or refund the entry books.
 */
public record JournalEntry(UUID id, EntryKind kind, UUID reference, Instant bookedAt, List<Line> lines) {

    public JournalEntry {
        if (id == null || kind == null || reference == null || bookedAt == null) throw new IllegalArgumentException("incomplete entry");
        lines = List.copyOf(lines);
        if (lines.size() < 2) throw new IllegalArgumentException("an entry has at least two lines");
        long sum = 0;
        for (Line line : lines) sum = Math.addExact(sum, line.amount());
        if (sum != 0) throw new IllegalArgumentException("entry does not balance: lines sum to " + sum);
    }

    /** What this entry adds to (or, negative, takes from) one account. */
    public long amountOn(Account account) {
        long amount = 0;
        for (Line line : lines) if (line.account().equals(account)) amount += line.amount();
        return amount;
    }
}
