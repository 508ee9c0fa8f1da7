package domain.wallet;

import domain.shared.DomainEvent;
import domain.shared.EventContext;
import java.time.Instant;

/**
 * What happens to a subscriber's wallet. The wallet is the aggregate (its balance is what each event moves),
 * so the subject is its owner and one person's wallet events stay in one order; each carries the record that
 * moved it.
 */
public sealed interface WalletEvent extends DomainEvent {
    String userId();

    @Override
    default EventContext context() {
        return EventContext.WALLET;
    }

    @Override
    default String subject() {
        return userId();
    }

    record TopUpSucceeded(TopUp topUp, Instant occurredAt) implements WalletEvent {
        public String type() { return "topup.succeeded"; }
        public String userId() { return topUp.userId(); }
        public Object resource() { return topUp; }
    }

    /** A top-up (asked for or automatic) the gateway declined. */
    record TopUpDeclined(TopUp topUp, Instant occurredAt) implements WalletEvent {
        public String type() { return "topup.declined"; }
        public String userId() { return topUp.userId(); }
        public Object resource() { return topUp; }
    }

    /** The wallet topped itself up to pay a charge it fell short of. */
    record AutoTopUpMade(TopUp topUp, Instant occurredAt) implements WalletEvent {
        public String type() { return "topup.auto_made"; }
        public String userId() { return topUp.userId(); }
        public Object resource() { return topUp; }
    }

    record PaymentSucceeded(Payment payment, Instant occurredAt) implements WalletEvent {
        public String type() { return "payment.succeeded"; }
        public String userId() { return payment.userId(); }
        public Object resource() { return payment; }
    }

    record RefundCreated(Refund refund, Instant occurredAt) implements WalletEvent {
        public String type() { return "refund.created"; }
        public String userId() { return refund.userId(); }
        public Object resource() { return refund; }
    }
}
