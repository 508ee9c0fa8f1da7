package domain.webhook;

import domain.shared.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where an endpoint's messages go: an absolute https URL with a host and no user information or fragment, or
 * an http URL on this machine (loopback) when configuration allows it (development and tests). Private, link-local
 * and other non-public addresses are refused whatever the configuration. Whether the host's addresses are public is
 * checked again when each message is sent, on the addresses it then resolves to.
 */
public final class WebhookTarget {
    public static final int MAX_LENGTH = 2000;

    private WebhookTarget() { }

    /** Adds what is wrong with {@code url} (as field {@code field}) to the validation. */
    public static void check(Validation validation, String url, String field, boolean loopbackAllowed) {
        if (url == null || url.isBlank()) {
            validation.require(false, field, "is required");
            return;
        }
        if (url.length() > MAX_LENGTH) {
            validation.require(false, field, "must be at most " + MAX_LENGTH + " characters");
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            validation.require(false, field, "must be an absolute URL");
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        validation.require(uri.isAbsolute() && host != null && !host.isBlank(), field, "must be an absolute URL with a host");
        validation.require(uri.getRawUserInfo() == null, field, "must not carry a user name or password");
        validation.require(uri.getRawFragment() == null, field, "must not have a fragment");
        if (host == null) return;
        boolean loopback = isLoopback(host);
        if (scheme.equals("http")) {
            validation.require(loopbackAllowed && loopback, field, "must use https");
        } else {
            validation.require(scheme.equals("https"), field, "must use https");
        }
        validation.require(loopback ? loopbackAllowed : !PrivateAddresses.isPrivateLiteral(host), field,
                "must not point at a private, loopback or link-local address");
    }

    /** This machine, by name or written as an address (127.0.0.0/8, ::1). */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("[::1]")
                || h.matches("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    }
}
