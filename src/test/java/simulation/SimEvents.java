package simulation;

import domain.shared.DomainEvent;
import domain.shared.EventLog;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox: events recorded in the use case's transaction, so that a rolled-back step leaves none (a {@link TxMap},
 * like every store). Numbered in the order they were recorded, as the outbox's ids are.
 */
final class SimEvents implements EventLog {
    private final TxMap<Integer, DomainEvent> recorded = TxMap.inserted();

    @Override
    public void record(List<? extends DomainEvent> events) {
        if (events.isEmpty()) throw new IllegalArgumentException("a use case records something or calls nothing");
        for (DomainEvent event : events) recorded.put(recorded.size(), event);
    }

    int count() {
        return recorded.size();
    }

    /** The events recorded since the {@code from}-th, in order. */
    List<DomainEvent> since(int from) {
        List<DomainEvent> events = new ArrayList<>();
        for (int i = from; i < recorded.size(); i++) events.add(recorded.get(i));
        return events;
    }
}
