package adapters.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies larger than gudok.http.max-body-bytes with a problem answer (413). The HTTP
 * layer's own, larger limit (quarkus.http.limits.max-body-size) only guards the transport; it answers
 * without a body, so the API's limit is enforced here, where the problem mappers apply.
 */
@Provider
public class PayloadLimits implements ReaderInterceptor {
    private final long maxBytes;

    PayloadLimits(@ConfigProperty(name = "gudok.http.max-body-bytes", defaultValue = "65536") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > maxBytes) throw tooLarge();
            } catch (NumberFormatException ignored) {
                // the HTTP layer rejects a malformed Content-Length itself
            }
        }
        Limited body = new Limited(context.getInputStream());
        context.setInputStream(body);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // The JSON reader wraps what the stream threw; report the real reason.
            if (body.exceeded) throw tooLarge();
            throw e;
        }
    }

    private BodyTooLarge tooLarge() {
        return new BodyTooLarge(maxBytes);
    }

    /** The body is over the limit; answered as a 413 problem. */
    public static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge(long maxBytes) {
            super("the request body is larger than " + maxBytes + " bytes");
        }
    }

    /** Counts a body sent without Content-Length (chunked) and stops at the limit. */
    private final class Limited extends FilterInputStream {
        private long read;
        private boolean exceeded;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                exceeded = true;
                throw tooLarge();
            }
        }
    }
}
