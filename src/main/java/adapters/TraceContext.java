package adapters;

import java.util.regex.Pattern;

/**
 * The W3C Trace Context of the request being served: the REST adapter keeps the caller's {@code traceparent}
 * under {@link #LOCAL_KEY} in the request's context, and the events the request causes carry it.
 */
public final class TraceContext {
    /** Where the request's traceparent is kept (a key of the request's context locals). */
    public static final String LOCAL_KEY = "gudok.traceparent";

    // version 00: 00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>; all-zero ids are invalid
    private static final Pattern TRACEPARENT = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

    private TraceContext() { }

    /** The header as given when it is a valid version-00 traceparent; otherwise null (it is then not passed on). */
    public static String valid(String header) {
        if (header == null) return null;
        String value = header.trim();
        return TRACEPARENT.matcher(value).matches() ? value : null;
    }
}
