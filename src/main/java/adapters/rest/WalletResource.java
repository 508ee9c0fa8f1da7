package adapters.rest;

import adapters.representation.WalletViews;
import adapters.representation.Views;
import domain.catalog.ShopId;
import domain.shared.ConcurrentUpdateException;
import domain.wallet.FundingSource;
import domain.wallet.ManageFundingSourcesUseCase;
import domain.wallet.PayUseCase;
import domain.wallet.Payment;
import domain.wallet.RefundTopUpUseCase;
import domain.wallet.SettlingUnfinishedException;
import domain.wallet.TopUp;
import domain.wallet.TopUpRefund;
import domain.wallet.TopUpUseCase;
import domain.wallet.ViewWalletUseCase;
import domain.wallet.WalletSettingsUseCase;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A user's own wallet: balance, funding sources, top-ups, payments and history. */
@Path("/wallet")
@RolesAllowed(Caller.USER)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WalletResource {
    private static final Logger LOG = Logger.getLogger(WalletResource.class);

    private final ViewWalletUseCase view;
    private final WalletSettingsUseCase settings;
    private final ManageFundingSourcesUseCase sources;
    private final TopUpUseCase topUps;
    private final RefundTopUpUseCase topUpRefunds;
    private final PayUseCase payments;
    private final IdempotentCreation idempotent;
    private final Caller caller;
    private final domain.account.CheckAccountUseCase accounts;

    WalletResource(ViewWalletUseCase view, WalletSettingsUseCase settings, ManageFundingSourcesUseCase sources,
                   TopUpUseCase topUps, RefundTopUpUseCase topUpRefunds, PayUseCase payments, IdempotentCreation idempotent,
                   Caller caller, domain.account.CheckAccountUseCase accounts) {
        this.accounts = accounts;
        this.view = view;
        this.settings = settings;
        this.sources = sources;
        this.topUps = topUps;
        this.topUpRefunds = topUpRefunds;
        this.payments = payments;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getWallet", summary = "My wallet: balance and auto top-up")
    public WalletViews.WalletView wallet() {
        return WalletViews.WalletView.of(view.wallet(caller.userId()));
    }

    @GET
    @Path("/movements")
    @Operation(operationId = "listWalletMovements", summary = "My wallet's history, newest first")
    public Views.PageView<WalletViews.MovementView> movements(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return Views.PageView.of(view.movements(caller.userId(), Params.page(cursor, limit)), WalletViews.MovementView::of);
    }

    @PUT
    @Path("/auto-top-up")
    @Transactional
    @Operation(operationId = "enableAutoTopUp", summary = "Turn auto top-up on")
    public WalletViews.WalletView enableAutoTopUp(WalletJson.AutoTopUpRequest body) {
        long amount = WalletJson.amount(Params.body(body).amount());
        return WalletViews.WalletView.of(settings.setAutoTopUp(caller.userId(), amount));
    }

    @DELETE
    @Path("/auto-top-up")
    @Transactional
    @Operation(operationId = "disableAutoTopUp", summary = "Turn auto top-up off")
    public WalletViews.WalletView disableAutoTopUp() {
        return WalletViews.WalletView.of(settings.setAutoTopUp(caller.userId(), null));
    }

    @POST
    @Path("/funding-sources")
    @Operation(operationId = "linkFundingSource", summary = "Link a card or bank account")
    @APIResponse(responseCode = "201", description = "The funding source is linked", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WalletViews.SourceView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The credential's role does not allow this operation, or the user closed their account (account-closed)")
    public Response link(WalletJson.LinkSource body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        WalletJson.LinkSource request = Params.body(body);
        String userId = caller.userId();
        return idempotent.run(caller.idempotencyScope(), key, "POST /wallet/funding-sources", request, () -> {
            accounts.requireOpen(userId);
            FundingSource source = sources.link(userId, request.kind(), request.number());
            return Response.created(URI.create("/wallet/funding-sources/" + source.id())).entity(WalletViews.SourceView.of(source)).build();
        });
    }

    @GET
    @Path("/funding-sources")
    @Operation(operationId = "listFundingSources", summary = "List my funding sources, oldest first")
    public Views.PageView<WalletViews.SourceView> sources(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return Views.PageView.of(sources.sources(caller.userId(), Params.page(cursor, limit)), WalletViews.SourceView::of);
    }

    @GET
    @Path("/funding-sources/{id}")
    @Operation(operationId = "getFundingSource", summary = "Get one of my funding sources, linked or unlinked")
    public WalletViews.SourceView source(@PathParam("id") String id) {
        return WalletViews.SourceView.of(sources.source(caller.userId(), Params.id("funding source", id)));
    }

    /**
     * The source is kept, unlinked: it leaves the list and takes no new top-up, and a top-up from it still
     * PENDING settles with it. 409 for the default while others are linked, or the only one while auto top-up is on.
     */
    @DELETE
    @Path("/funding-sources/{id}")
    @Transactional
    @Operation(operationId = "unlinkFundingSource", summary = "Unlink a funding source")
    @APIResponse(responseCode = "204", description = "The source is unlinked")
    public Response unlink(@PathParam("id") String id) {
        settings.unlink(caller.userId(), Params.id("funding source", id));
        return Response.noContent().build();
    }

    @POST
    @Path("/funding-sources/{id}/default")
    @Transactional
    @Operation(operationId = "makeFundingSourceDefault", summary = "Make a funding source the default")
    public WalletViews.SourceView makeDefault(@PathParam("id") String id) {
        return WalletViews.SourceView.of(sources.makeDefault(caller.userId(), Params.id("funding source", id)));
    }

    /** 201 with the outcome (SUCCEEDED or DECLINED), or 202 while the gateway's outcome is not known. */
    @POST
    @Path("/top-ups")
    @Operation(operationId = "topUpWallet", summary = "Top up the wallet from a funding source")
    @APIResponse(responseCode = "201", description = "Settled: SUCCEEDED or DECLINED", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WalletViews.TopUpView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "202", description = "The gateway's outcome is not known yet (PENDING); a job settles it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WalletViews.TopUpView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The credential's role does not allow this operation, or the user closed their account (account-closed)")
    public Response topUp(WalletJson.TopUpRequest body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        WalletJson.TopUpRequest request = Params.body(body);
        long amount = WalletJson.amount(request.amount());
        if (request.fundingSourceId() == null) throw domain.shared.InvalidInputException.of("fundingSourceId", "is required");
        String userId = caller.userId();
        return idempotent.run(caller.idempotencyScope(), key, "POST /wallet/top-ups", request, () -> {
            accounts.requireOpen(userId);
            return answer(topUps.topUp(userId, request.fundingSourceId(), amount, key));
        });
    }

    /**
     * A top-up or refund written down whose settling failed in the request: its transaction has rolled
     * back, the settle job finishes it. The answer is what a lost gateway answer gets, 202 PENDING, not
     * an error that would invite topping up or refunding twice.
     */
    @ServerExceptionMapper
    public Response settlingUnfinished(SettlingUnfinishedException e) {
        // A lost race is expected under load; anything else is a failure someone should look at.
        if (e.getCause() instanceof ConcurrentUpdateException) LOG.warnf(e.getCause(), "%s", e.getMessage());
        else LOG.errorf(e.getCause(), "%s", e.getMessage());
        // Usually PENDING (202); a retry under the same key may carry a record an earlier request settled.
        return e.topUp() != null ? answer(e.topUp()) : answer(e.refund());
    }

    /** 201 with the outcome, or 202 while it is PENDING. */
    private static Response answer(TopUp topUp) {
        return Response.status(topUp.isPending() ? 202 : 201)
                .location(URI.create("/wallet/top-ups/" + topUp.id())).entity(WalletViews.TopUpView.of(topUp)).build();
    }

    private static Response answer(TopUpRefund refund) {
        return Response.status(refund.isPending() ? 202 : 201)
                .location(URI.create("/wallet/top-ups/" + refund.topUpId() + "/refunds/" + refund.id()))
                .entity(WalletViews.TopUpRefundView.of(refund)).build();
    }

    /** Sends money back to the top-up's source: 201 SUCCEEDED or DECLINED (money back in the wallet), 202 PENDING. */
    @POST
    @Path("/top-ups/{id}/refunds")
    @Operation(operationId = "refundTopUp", summary = "Send unspent money back to the top-up's funding source")
    @APIResponse(responseCode = "201", description = "Settled: SUCCEEDED or DECLINED", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WalletViews.TopUpRefundView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "202", description = "The gateway's outcome is not known yet (PENDING); a job settles it: poll the Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WalletViews.TopUpRefundView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "402", description = "The wallet no longer holds that much")
    public Response refundTopUp(@PathParam("id") String id, WalletJson.RefundRequest body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        WalletJson.RefundRequest request = Params.body(body);
        long amount = WalletJson.amount(request.amount());
        var topUp = Params.id("top-up", id);
        String userId = caller.userId();
        return idempotent.run(caller.idempotencyScope(), key, "POST /wallet/top-ups/" + topUp + "/refunds", request,
                () -> answer(topUpRefunds.refundTopUp(userId, topUp, amount, key)));
    }

    @GET
    @Path("/top-ups/{id}/refunds/{refundId}")
    @Operation(operationId = "getTopUpRefund", summary = "Get a refund of a top-up (poll a PENDING one until it is settled)")
    public WalletViews.TopUpRefundView topUpRefundOf(@PathParam("id") String id, @PathParam("refundId") String refundId) {
        return WalletViews.TopUpRefundView.of(topUpRefunds.refundOf(caller.userId(), Params.id("top-up", id),
                Params.id("top-up refund", refundId)));
    }

    @GET
    @Path("/top-ups")
    @Operation(operationId = "listTopUps", summary = "List my top-ups, newest first")
    public Views.PageView<WalletViews.TopUpView> topUpList(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return Views.PageView.of(topUps.topUps(caller.userId(), Params.page(cursor, limit)), WalletViews.TopUpView::of);
    }

    @GET
    @Path("/top-ups/{id}")
    @Operation(operationId = "getTopUp", summary = "Get a top-up")
    public WalletViews.TopUpView topUpOf(@PathParam("id") String id) {
        return WalletViews.TopUpView.of(topUps.topUpOf(caller.userId(), Params.id("top-up", id)));
    }

    @POST
    @Path("/payments")
    @Operation(operationId = "payShop", summary = "Pay a shop from the wallet")
    @APIResponse(responseCode = "201", description = "Paid", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WalletViews.PaymentView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "402", description = "The wallet cannot pay it")
    public Response pay(WalletJson.PayRequest body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        WalletJson.PayRequest request = Params.body(body);
        long amount = WalletJson.amount(request.amount());
        if (request.shopId() == null) throw domain.shared.InvalidInputException.of("shopId", "is required");
        String userId = caller.userId();
        return idempotent.run(caller.idempotencyScope(), key, "POST /wallet/payments", request, () -> {
            Payment payment = payments.pay(userId, new ShopId(request.shopId()), amount, request.reference());
            return Response.created(URI.create("/wallet/payments/" + payment.id())).entity(WalletViews.PaymentView.of(payment)).build();
        });
    }

    @GET
    @Path("/payments")
    @Operation(operationId = "listPayments", summary = "List my payments, newest first")
    public Views.PageView<WalletViews.PaymentView> paymentList(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return Views.PageView.of(payments.payments(caller.userId(), Params.page(cursor, limit)), WalletViews.PaymentView::of);
    }

    @GET
    @Path("/payments/{id}")
    @Operation(operationId = "getPayment", summary = "Get a payment")
    public WalletViews.PaymentView paymentOf(@PathParam("id") String id) {
        return WalletViews.PaymentView.of(payments.paymentOf(caller.userId(), Params.id("payment", id)));
    }
}
