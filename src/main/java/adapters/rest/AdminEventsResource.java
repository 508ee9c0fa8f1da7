package adapters.rest;

import adapters.EventHistory;
import adapters.representation.Views;
import domain.shared.InvalidInputException;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Every platform event about one subject (a subscription, a delivery, a wallet's owner, a shop...), for support. */
@Path("/admin/events")
@RolesAllowed(Caller.ADMIN)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class AdminEventsResource {
    private final EventHistory history;

    AdminEventsResource(EventHistory history) {
        this.history = history;
    }

    @GET
    @Operation(operationId = "listEvents", summary = "List the events about one subject, oldest first")
    public Views.PageView<EventView> list(@Parameter(required = true, description = "The event subject: an aggregate id, or a classified item (plan:<id>, content:<source>:<id>)")
                                          @QueryParam("subject") String subject,
                                          @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        if (subject == null || subject.isBlank()) throw InvalidInputException.of("subject", "is required");
        if (subject.length() > 100 || !subject.chars().allMatch(c -> c > 32 && c < 127)) {
            throw InvalidInputException.of("subject", "must be 1 to 100 visible ASCII characters");
        }
        return Views.PageView.of(history.ofSubject(subject, Params.page(cursor, limit)), EventView::of);
    }
}
