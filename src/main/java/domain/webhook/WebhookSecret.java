package domain.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * An endpoint's signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of 32 random bytes
 * (the standard allows 24 to 64). Shown to the shop once, when it is made; kept encrypted.
 */
public final class WebhookSecret {
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "whsec_";

    private WebhookSecret() { }

    public static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key bytes an HMAC signs with: the base64 after the prefix. */
    public static byte[] keyOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) throw new IllegalArgumentException("not a webhook secret");
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
