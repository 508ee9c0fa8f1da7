package domain.webhook;

import java.util.List;

/** Turns platform events into messages for the endpoints that asked for them, and keeps their attempts going. */
public interface DispatchWebhooksUseCase {
    /** One message per enabled endpoint of the event's shop that wants its type; each sent at once. */
    void fanOut(List<ShopEvent> events);

    /** Makes again the attempts that were handed off and never recorded (a process died while they were out). */
    int resendLostHandOffs();
}
