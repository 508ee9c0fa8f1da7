package adapters.rest;

import domain.delivery.ViewDeliveriesUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A subscriber's deliveries across all their subscriptions. */
@Path("/deliveries")
@RolesAllowed(Caller.USER)
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesResource {
    private final ViewDeliveriesUseCase deliveries;
    private final Caller caller;

    DeliveriesResource(ViewDeliveriesUseCase deliveries, Caller caller) {
        this.deliveries = deliveries;
        this.caller = caller;
    }

    @GET
    public Views.PageView<Views.DeliveryView> list(@QueryParam("when") String when,
                                                   @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return Views.PageView.of(deliveries.deliveries(caller.userId(), null, SubscriptionsResource.timeframe(when),
                Params.page(cursor, limit)), Views.DeliveryView::of);
    }
}
