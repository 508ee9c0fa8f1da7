package domain.shared;

import java.util.ArrayList;
import java.util.List;

/** An {@link EventLog} for domain tests: keeps each {@code record} call's events, in order. */
public final class RecordedEvents implements EventLog {
    private final List<List<DomainEvent>> calls = new ArrayList<>();

    @Override
    public void record(List<? extends DomainEvent> events) {
        if (events.isEmpty()) throw new IllegalArgumentException("a use case records something or calls nothing");
        calls.add(List.copyOf(events));
    }

    /** Every event recorded, in order. */
    public List<DomainEvent> all() {
        return calls.stream().flatMap(List::stream).toList();
    }

    /** Each event as {@code type subject}, in order. */
    public List<String> described() {
        return all().stream().map(e -> e.type() + " " + e.subject()).toList();
    }

    public List<String> types() {
        return all().stream().map(DomainEvent::type).toList();
    }

    public <T extends DomainEvent> List<T> ofType(Class<T> type) {
        return all().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** How many times {@code record} was called. */
    public int calls() {
        return calls.size();
    }

    /** Forgets what was recorded so far: a test's set-up is not what it checks. */
    public void clear() {
        calls.clear();
    }
}
