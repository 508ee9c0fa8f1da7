package adapters.persistence;

import adapters.SecretKeyMissing;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Encrypts the secrets the platform must read back (webhook signing secrets) with AES-256-GCM under a key from
 * configuration ({@code gudok.webhooks.secret-key}: base64 of 32 bytes). A stored value is the base64 of a random
 * 12-byte nonce and the ciphertext with its tag, so a changed or swapped value fails to decrypt rather than
 * reading as another secret. The row's id is bound in as associated data: a secret copied to another row is refused.
 */
@ApplicationScoped
public class SecretCipher {
    private static final Logger LOG = Logger.getLogger(SecretCipher.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;

    SecretCipher(@ConfigProperty(name = "gudok.webhooks.secret-key") Optional<String> configured) {
        this.key = configured.filter(k -> !k.isBlank()).map(SecretCipher::keyOf).orElse(null);
        if (key == null) LOG.warn("gudok.webhooks.secret-key is not set: webhook endpoints cannot be created or sent to");
    }

    private static SecretKey keyOf(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) throw new IllegalArgumentException("gudok.webhooks.secret-key must be the base64 of 32 bytes");
        return new SecretKeySpec(bytes, "AES");
    }

    String encrypt(String secret, String boundTo) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, boundTo);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a secret", e);
        }
    }

    String decrypt(String stored, String boundTo) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            byte[] nonce = java.util.Arrays.copyOf(all, NONCE);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, boundTo);
            return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored secret does not decrypt under the configured key", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String boundTo) throws GeneralSecurityException {
        if (key == null) throw new SecretKeyMissing("webhook secrets");
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
