package adapters;

/**
 * A secret cannot be kept or read because its encryption key is not configured (production without
 * {@code GUDOK_WEBHOOK_SECRET_KEY}): what needs it is unavailable, everything else works.
 */
public final class SecretKeyMissing extends IllegalStateException {
    public SecretKeyMissing(String what) {
        super(what + " cannot be kept or read: its encryption key is not configured");
    }
}
