package domain.notification;

import java.time.Instant;
import java.util.UUID;

/** Inbound port: the sender reports how an attempt went; the sweep makes lost attempts again. */
public interface RecordNotificationOutcomeUseCase {
    /** Records attempt {@code attempt} of the send, if {@code handOff} is still its hand-off (else it was made again). */
    void record(UUID sendId, int attempt, Instant handOff, NotificationSender.SendOutcome outcome);

    /** Attempts handed to a sender that never reported (the process died) are made again; answers how many. */
    int resendLostHandOffs();
}
