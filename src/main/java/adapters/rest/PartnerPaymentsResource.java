package adapters.rest;

import adapters.representation.WalletViews;
import domain.wallet.Refund;
import domain.wallet.RefundUseCase;
import domain.wallet.ViewWalletUseCase;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A partner shop's money: refunds of payments it received, and what gudok owes it. */
@Path("/partner")
@RolesAllowed(Caller.PARTNER)
@HttpAuthenticationMechanism(ApiKeyAuthentication.SCHEME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerPaymentsResource {
    private final RefundUseCase refunds;
    private final ViewWalletUseCase view;
    private final IdempotentCreation idempotent;
    private final Caller caller;

    PartnerPaymentsResource(RefundUseCase refunds, ViewWalletUseCase view, IdempotentCreation idempotent, Caller caller) {
        this.refunds = refunds;
        this.view = view;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Path("/payments/{id}/refunds")
    @Operation(operationId = "refundPayment", summary = "Refund part or all of a payment")
    @APIResponse(responseCode = "201", description = "The refund is booked", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WalletViews.RefundView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    public Response refund(@PathParam("id") String id, WalletJson.RefundRequest body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        WalletJson.RefundRequest request = Params.body(body);
        long amount = WalletJson.amount(request.amount());
        var payment = Params.id("payment", id);
        var shop = caller.shop();
        return idempotent.run(caller.idempotencyScope(), key, "POST /partner/payments/" + payment + "/refunds", request, () -> {
            Refund refund = refunds.refund(shop, payment, amount, request.reason());
            return Response.created(URI.create("/partner/payments/" + payment + "/refunds/" + refund.id()))
                    .entity(WalletViews.RefundView.of(refund)).build();
        });
    }

    @GET
    @Path("/payments/{id}/refunds/{refundId}")
    @Operation(operationId = "getPaymentRefund", summary = "Get a refund of one of the shop's payments")
    public WalletViews.RefundView refundOf(@PathParam("id") String id, @PathParam("refundId") String refundId) {
        return WalletViews.RefundView.of(refunds.refundOf(caller.shop(), Params.id("payment", id), Params.id("refund", refundId)));
    }

    /** The settlement statement over Seoul days {@code from} to {@code to} (dates like 2026-12-01), both included. */
    @GET
    @Path("/settlement")
    @Operation(operationId = "getSettlement", summary = "Settlement statement over Seoul days")
    public WalletViews.StatementView settlement(@QueryParam("from") String from, @QueryParam("to") String to) {
        return WalletViews.StatementView.of(view.statement(caller.shop(), Params.optionalDate("from", from), Params.optionalDate("to", to)));
    }

    @GET
    @Path("/payable")
    @Operation(operationId = "getPayable", summary = "What gudok owes the shop now")
    public WalletViews.PayableView payable() {
        var shop = caller.shop();
        return new WalletViews.PayableView(shop.value(), WalletViews.Amount.of(view.payableTo(shop)));
    }
}
