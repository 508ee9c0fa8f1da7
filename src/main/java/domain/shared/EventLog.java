package domain.shared;

import java.util.List;

/**
 * Records what a use case decided, in the use case's own unit of work: the events are kept if and only if
 * the change is, and are published after it. Record them after the changes they describe.
 */
public interface EventLog {
    void record(List<? extends DomainEvent> events);

    default void record(DomainEvent event) {
        record(List.of(event));
    }
}
