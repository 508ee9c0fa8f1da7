package adapters.rest;

import adapters.representation.Views;
import domain.billing.PayDeliveryUseCase;
import domain.delivery.ViewDeliveriesUseCase;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A subscriber's deliveries across all their subscriptions. */
@Path("/deliveries")
@RolesAllowed(Caller.USER)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveriesResource {
    private final ViewDeliveriesUseCase deliveries;
    private final PayDeliveryUseCase payments;
    private final Caller caller;

    DeliveriesResource(ViewDeliveriesUseCase deliveries, PayDeliveryUseCase payments, Caller caller) {
        this.deliveries = deliveries;
        this.payments = payments;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDelivery", summary = "Get one of my deliveries")
    public Views.DeliveryView get(@PathParam("id") String id) {
        return Views.DeliveryView.of(deliveries.delivery(caller.userId(), Params.id("delivery", id)));
    }

    /** Pays a delivery whose payment is pending, from the wallet, now (402 when the wallet cannot cover it). */
    @POST
    @Path("/{id}/payment")
    @Operation(operationId = "payDelivery", summary = "Pay a delivery awaiting payment now, from the wallet")
    @APIResponse(responseCode = "200", description = "Paid", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.DeliveryView.class)))
    @APIResponse(responseCode = "402", description = "The wallet cannot pay it")
    public Views.DeliveryView pay(@PathParam("id") String id) {
        String userId = caller.userId();
        java.util.UUID delivery = Params.id("delivery", id);
        Transactions.inNew(() -> {
            payments.payNow(userId, delivery);
            return null;
        });
        return Views.DeliveryView.of(deliveries.delivery(userId, delivery));
    }

    @GET
    @Operation(operationId = "listMyDeliveries", summary = "List my deliveries, upcoming or past")
    public Views.PageView<Views.DeliveryView> list(@QueryParam("when") String when,
                                                   @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return Views.PageView.of(deliveries.deliveries(caller.userId(), null, SubscriptionsResource.timeframe(when),
                Params.page(cursor, limit)), Views.DeliveryView::of);
    }
}
