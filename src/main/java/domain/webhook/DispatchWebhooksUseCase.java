package domain.webhook;

import java.util.List;

/** Turns platform events into messages for the endpoints that asked for them, and keeps their attempts going. */
public interface DispatchWebhooksUseCase {
    /** One message per enabled endpoint of the event's shop that wants its type; each sent at once. */
    void fanOut(List<ShopEvent> events);

    /**
     * A subscriber closed their account: the messages about their subscriptions keep no personal data, are no longer
     * sent, and events about those subscriptions that come later make none.
     */
    void forgetSubscriptions(java.util.Collection<java.util.UUID> subscriptionIds);

    /** Makes again the attempts that were handed off and never recorded (a process died while they were out). */
    int resendLostHandOffs();
}
