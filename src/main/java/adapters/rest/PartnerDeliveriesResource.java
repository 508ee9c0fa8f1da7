package adapters.rest;

import adapters.representation.WalletViews;
import adapters.representation.Views;
import domain.delivery.DeliveryState;
import domain.delivery.FulfilDeliveriesUseCase;
import domain.delivery.ShopDeliveryFilter;
import domain.wallet.Refund;
import domain.wallet.RefundUseCase;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The deliveries a partner shop must fulfil, and its reports of shipment and arrival. */
@Path("/partner/deliveries")
@RolesAllowed(Caller.PARTNER)
@HttpAuthenticationMechanism(ApiKeyAuthentication.SCHEME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerDeliveriesResource {
    private final FulfilDeliveriesUseCase fulfilment;
    private final RefundUseCase refunds;
    private final IdempotentCreation idempotent;
    private final Caller caller;

    PartnerDeliveriesResource(FulfilDeliveriesUseCase fulfilment, RefundUseCase refunds, IdempotentCreation idempotent, Caller caller) {
        this.fulfilment = fulfilment;
        this.refunds = refunds;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    /** Gives the subscriber back part or all of what the delivery was paid, for example for damaged goods. */
    @POST
    @Path("/{id}/refunds")
    @Operation(operationId = "refundDelivery", summary = "Refund part or all of a delivery's payment")
    @APIResponse(responseCode = "201", description = "The refund is booked", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WalletViews.RefundView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    public Response refund(@PathParam("id") String id, WalletJson.RefundRequest body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        WalletJson.RefundRequest request = Params.body(body);
        long amount = WalletJson.amount(request.amount());
        var delivery = Params.id("delivery", id);
        var shop = caller.shop();
        return idempotent.run(caller.idempotencyScope(), key, "POST /partner/deliveries/" + delivery + "/refunds", request, () -> {
            Refund refund = refunds.refundDelivery(shop, delivery, amount, request.reason());
            return Response.created(URI.create("/partner/payments/" + refund.paymentId() + "/refunds/" + refund.id()))
                    .entity(WalletViews.RefundView.of(refund)).build();
        });
    }

    @GET
    @Operation(operationId = "listShopDeliveries", summary = "List deliveries to fulfil")
    public Views.PageView<Views.DeliveryView> list(@QueryParam("state") String state,
                                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                                   @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        var filter = new ShopDeliveryFilter(Params.optionalEnum(DeliveryState.class, "state", state),
                Params.optionalDate("from", from), Params.optionalDate("to", to));
        return Views.PageView.of(fulfilment.deliveries(caller.shop(), filter, Params.page(cursor, limit)), Views.DeliveryView::of);
    }

    /** A retry under the same Idempotency-Key answers what the first report did, instead of a conflict. */
    @POST
    @Path("/{id}/shipment")
    @Operation(operationId = "reportShipment", summary = "Report the shipment of a delivery")
    @APIResponse(responseCode = "200", description = "The delivery is SHIPPED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.DeliveryView.class)))
    public Response ship(@PathParam("id") String id, Requests.ReportShipment body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        Requests.ReportShipment request = Params.body(body);
        var delivery = Params.id("delivery", id);
        var shop = caller.shop();
        var command = new FulfilDeliveriesUseCase.ReportShipment(request.carrier(), request.trackingNumber());
        return idempotent.run(caller.idempotencyScope(), key, "POST /partner/deliveries/" + delivery + "/shipment", request,
                () -> Response.ok(Views.DeliveryView.of(fulfilment.reportShipment(shop, delivery, command))).build());
    }

    /** A retry under the same Idempotency-Key answers what the first report did, instead of a conflict. */
    @POST
    @Path("/{id}/delivered")
    @Operation(operationId = "reportDelivered", summary = "Report the arrival of a delivery")
    @APIResponse(responseCode = "200", description = "The delivery is DELIVERED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.DeliveryView.class)))
    public Response delivered(@PathParam("id") String id, @HeaderParam(IdempotentCreation.HEADER) String key) {
        var delivery = Params.id("delivery", id);
        var shop = caller.shop();
        return idempotent.run(caller.idempotencyScope(), key, "POST /partner/deliveries/" + delivery + "/delivered", null,
                () -> Response.ok(Views.DeliveryView.of(fulfilment.reportDelivered(shop, delivery))).build());
    }
}
