package simulation;

import domain.shared.DomainEvent;
import domain.shared.EventLog;
import java.util.List;

/**
 * The outbox: events recorded in the use case's transaction, so that a rolled-back step leaves none (a {@link TxMap},
 * like every store). Numbered in the order they were recorded, as the outbox's ids are: like a sequence, a rollback
 * does not give its numbers back, so a separate transaction's events that commit meanwhile keep theirs.
 */
final class SimEvents implements EventLog {
    private final TxMap<Long, DomainEvent> recorded = TxMap.sorted();
    private long numbered;

    @Override
    public void record(List<? extends DomainEvent> events) {
        if (events.isEmpty()) throw new IllegalArgumentException("a use case records something or calls nothing");
        for (DomainEvent event : events) recorded.put(++numbered, event);
    }

    /** The number the next event recorded gets, at least. */
    long next() {
        return numbered + 1;
    }

    /** The events kept with a number of {@code from} or more, in order. */
    List<DomainEvent> from(long from) {
        return List.copyOf(recorded.from(from));
    }
}
