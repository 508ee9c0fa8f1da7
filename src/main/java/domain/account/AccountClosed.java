package domain.account;

import domain.shared.DomainEvent;
import domain.shared.EventContext;
import java.time.Instant;

/**
 * A user closed their account. The subject is the user; every consumer erases its copies of their personal
 * data: the events of the closed subscriptions and their deliveries, and the wallet events about the user.
 */
public record AccountClosed(AccountClosure closure, Instant occurredAt) implements DomainEvent {
    public String type() { return "account.closed"; }

    public EventContext context() { return EventContext.ACCOUNTS; }

    public String subject() { return closure.userId(); }

    public Object resource() { return closure; }
}
