package adapters.rest;

import adapters.TraceContext;
import io.smallrye.common.vertx.ContextLocals;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps the caller's W3C {@code traceparent} for the request, so that the events it causes carry it (the
 * CloudEvents distributed-tracing extension). A malformed one is ignored rather than refused: tracing is the
 * caller's aid, not part of the request.
 */
public class TraceparentFilter {

    @ServerRequestFilter
    public void keepTraceparent(ContainerRequestContext request) {
        String traceparent = TraceContext.valid(request.getHeaderString("traceparent"));
        if (traceparent != null) ContextLocals.put(TraceContext.LOCAL_KEY, traceparent);
    }
}
