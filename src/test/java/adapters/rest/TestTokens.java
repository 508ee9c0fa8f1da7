package adapters.rest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Signs RS256 tokens with the committed dev/test key, as an identity provider would. */
public final class TestTokens {
    private static final PrivateKey KEY = load(Path.of("docker/dev-keys/jwt-private.pem"));

    private TestTokens() { }

    public static String user(String subject) {
        return token(subject, "user", "https://gudok.io", KEY);
    }

    public static String newUser() {
        return user("user-" + UUID.randomUUID());
    }

    /** The user id (subject) a token carries. */
    public static String subjectOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher sub = java.util.regex.Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"").matcher(payload);
        if (!sub.find()) throw new IllegalArgumentException("token without subject");
        return sub.group(1);
    }

    public static String admin() {
        return token("admin-" + UUID.randomUUID(), "admin", "https://gudok.io", KEY);
    }

    public static String token(String subject, String group, String issuer, PrivateKey key) {
        long now = Instant.now().getEpochSecond();
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String payload = b64(("{\"iss\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":[\"%s\"],\"iat\":%d,\"exp\":%d}")
                .formatted(issuer, subject, subject, group, now, now + 3600));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey otherKey() {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey devKey() {
        return KEY;
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey load(Path pem) {
        try {
            String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the dev key " + pem, e);
        }
    }
}
