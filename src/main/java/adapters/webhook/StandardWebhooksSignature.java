package adapters.webhook;

import domain.webhook.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of Standard Webhooks 1.0: for each secret, {@code v1,} and the base64 of
 * HMAC-SHA256 over {@code id.timestamp.body}, space-separated (two during a secret's rotation).
 */
final class StandardWebhooksSignature {
    private StandardWebhooksSignature() { }

    static String of(String messageId, long timestampSeconds, String body, List<String> secrets) {
        byte[] signed = (messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
        return secrets.stream().map(secret -> "v1," + hmac(WebhookSecret.keyOf(secret), signed)).collect(Collectors.joining(" "));
    }

    private static String hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
