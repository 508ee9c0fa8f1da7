package domain.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A shop's secret API key. Only its hash is stored; the key itself is shown once, when it is issued.
 * The key carries 256 random bits, so a plain SHA-256 is enough (no password stretching needed).
 */
public final class ShopApiKey {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "gdk_";

    private ShopApiKey() { }

    public static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What lists show of a key: "gdk_" and its first 6 random characters (36 bits: tells keys apart, opens nothing). */
    public static String prefixOf(String apiKey) {
        return apiKey.substring(0, Math.min(apiKey.length(), PREFIX.length() + 6));
    }

    public static String hash(String apiKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
