package domain.webhook;

import java.util.List;
import java.util.UUID;

/**
 * Sends one attempt of a message, after the transaction that handed it off commits, without holding anything of
 * the database while the receiver answers; the outcome comes back through {@link RecordAttemptUseCase}. May drop a
 * send it has no room for (the hand-off then lapses and the attempt is made again later).
 */
public interface WebhookSender {
    void sendAfterCommit(OutgoingWebhook webhook);

    /** How many more attempts to this endpoint the sender can hold now; the others wait in the database. */
    default int room(UUID endpointId) {
        return Integer.MAX_VALUE;
    }

    /** Once the transaction commits, messages to these endpoints wait for room: the sender takes them when it has some. */
    default void waitingAfterCommit(java.util.Set<UUID> endpointIds) { }

    /**
     * {@code attempt}: the number of this attempt (1 for the first), which the outcome names; {@code handOff}: the
     * hand-off's own mark (its lapse time), which the outcome returns, so that the outcome of a hand-off that lapsed
     * and was made again is not taken for the new one's.
     */
    record OutgoingWebhook(UUID messageId, String webhookId, int attempt, java.time.Instant handOff, UUID endpointId,
                           String url, String payload, List<String> secrets) {
        @Override
        public String toString() { // never the secrets, nor the payload's personal data
            return "OutgoingWebhook[" + webhookId + ", attempt " + attempt + ", endpoint " + endpointId + "]";
        }
    }
}
