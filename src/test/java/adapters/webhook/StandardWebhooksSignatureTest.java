package adapters.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import domain.webhook.WebhookSecret;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What gudok signs, verified by the Standard Webhooks reference library for Java (not our code). */
class StandardWebhooksSignatureTest {
    private static final String BODY = "{\"type\":\"delivery.paid\",\"timestamp\":\"2026-12-07T01:00:00Z\",\"data\":{\"id\":\"d1\",\"memo\":\"배송 메모 ✓\"}}";

    @Test
    void aReceiverVerifiesWithEitherSecretDuringARotation() throws Exception {
        String current = WebhookSecret.generate();
        String previous = WebhookSecret.generate();
        long now = Instant.now().getEpochSecond();
        String signature = StandardWebhooksSignature.of("msg_1", now, BODY, List.of(current, previous));

        assertThat(signature.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        assertThatCode(() -> new Webhook(current).verify(BODY, headers("msg_1", now, signature))).doesNotThrowAnyException();
        assertThatCode(() -> new Webhook(previous).verify(BODY, headers("msg_1", now, signature))).doesNotThrowAnyException();
    }

    @Test
    void aForgedOrChangedMessageIsRefused() throws Exception {
        String secret = WebhookSecret.generate();
        long now = Instant.now().getEpochSecond();
        String signature = StandardWebhooksSignature.of("msg_2", now, BODY, List.of(secret));

        assertThatThrownBy(() -> new Webhook(WebhookSecret.generate()).verify(BODY, headers("msg_2", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(secret).verify(BODY.replace("d1", "d2"), headers("msg_2", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(secret).verify(BODY, headers("msg_3", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void secretsAreTheStandardsForm() {
        String secret = WebhookSecret.generate();
        assertThat(secret).startsWith("whsec_");
        assertThat(WebhookSecret.keyOf(secret)).hasSize(32);
        assertThat(WebhookSecret.generate()).isNotEqualTo(secret);
    }

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }
}
