package adapters.rest;

import adapters.representation.Views;
import domain.delivery.DeliveryTimeframe;
import domain.delivery.ViewDeliveriesUseCase;
import domain.subscription.CancelSubscriptionUseCase;
import domain.subscription.ChangeSubscriptionUseCase;
import domain.subscription.PauseSubscriptionUseCase;
import domain.subscription.RenewRentalUseCase;
import domain.subscription.RescheduleDeliveryUseCase;
import domain.subscription.SkipDeliveryUseCase;
import domain.subscription.SubscribeUseCase;
import domain.subscription.SubscribeUseCase.Subscribe;
import domain.subscription.Subscription;
import domain.subscription.ViewSubscriptionsUseCase;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A subscriber's own subscriptions and everything they can do with them. */
@Path("/subscriptions")
@RolesAllowed(Caller.USER)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {
    private final SubscribeUseCase subscribe;
    private final PauseSubscriptionUseCase pauses;
    private final SkipDeliveryUseCase skips;
    private final domain.subscription.UnskipDeliveryUseCase unskips;
    private final domain.subscription.ChangeAddressUseCase addresses;
    private final RescheduleDeliveryUseCase reschedules;
    private final ChangeSubscriptionUseCase changes;
    private final CancelSubscriptionUseCase cancellations;
    private final RenewRentalUseCase renewals;
    private final ViewSubscriptionsUseCase view;
    private final adapters.EventHistory history;
    private final ViewDeliveriesUseCase deliveries;
    private final IdempotentCreation idempotent;
    private final Caller caller;
    private final domain.account.CheckAccountUseCase accounts;

    SubscriptionsResource(SubscribeUseCase subscribe, PauseSubscriptionUseCase pauses, SkipDeliveryUseCase skips,
                          domain.subscription.UnskipDeliveryUseCase unskips, domain.subscription.ChangeAddressUseCase addresses,
                          RescheduleDeliveryUseCase reschedules, ChangeSubscriptionUseCase changes,
                          CancelSubscriptionUseCase cancellations, RenewRentalUseCase renewals, ViewSubscriptionsUseCase view,
                          ViewDeliveriesUseCase deliveries, IdempotentCreation idempotent, Caller caller,
                          adapters.EventHistory history, domain.account.CheckAccountUseCase accounts) {
        this.history = history;
        this.accounts = accounts;
        this.subscribe = subscribe;
        this.pauses = pauses;
        this.skips = skips;
        this.unskips = unskips;
        this.addresses = addresses;
        this.reschedules = reschedules;
        this.changes = changes;
        this.cancellations = cancellations;
        this.renewals = renewals;
        this.view = view;
        this.deliveries = deliveries;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "subscribe", summary = "Subscribe to a plan")
    @APIResponse(responseCode = "201", description = "The subscription is created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.SubscriptionView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The credential's role does not allow this operation, or the user closed their account (account-closed)")
    public Response subscribe(Requests.Subscribe body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        Requests.Subscribe request = Params.body(body);
        Requests.Address a = request.address();
        var address = a == null ? null : new Subscribe.AddressFields(a.recipient(), a.phone(), a.line1(), a.line2(), a.postalCode());
        Subscribe command = Subscribe.of(request.planId(), request.quantity(), address, request.startDate());
        String userId = caller.userId();
        return idempotent.run(caller.idempotencyScope(), key, "POST /subscriptions", request, () -> {
            accounts.requireOpen(userId);
            Subscription subscription = subscribe.subscribe(userId, command);
            return Response.created(URI.create("/subscriptions/" + subscription.id()))
                    .entity(Views.SubscriptionView.of(subscription)).build();
        });
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "List my subscriptions, newest first")
    public Views.PageView<Views.SubscriptionView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return Views.PageView.of(view.subscriptions(caller.userId(), Params.page(cursor, limit)), Views.SubscriptionView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubscription", summary = "Get one of my subscriptions")
    public Views.SubscriptionView get(@PathParam("id") String id) {
        return Views.SubscriptionView.of(view.subscription(caller.userId(), subscriptionId(id)));
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "listSubscriptionEvents", summary = "A subscription's activity: its events, its deliveries' and its payments', oldest first",
            description = "Each item is a platform event as CloudEvents JSON; its data is the resource as this API shows it. "
                    + "Fed from the event stream: an event appears here shortly after the change (usually well under a second).")
    public Views.PageView<EventView> events(@PathParam("id") String id, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        UUID subscription = view.subscription(caller.userId(), subscriptionId(id)).id();
        return Views.PageView.of(history.ofSubscription(subscription, Params.page(cursor, limit)), EventView::of);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listSubscriptionDeliveries", summary = "List a subscription's deliveries")
    public Views.PageView<Views.DeliveryView> deliveries(@PathParam("id") String id, @QueryParam("when") String when,
                                                         @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        UUID subscription = view.subscription(caller.userId(), subscriptionId(id)).id();
        return Views.PageView.of(deliveries.deliveries(caller.userId(), subscription, timeframe(when), Params.page(cursor, limit)),
                Views.DeliveryView::of);
    }

    @POST
    @Path("/{id}/pause")
    @Transactional
    @Operation(operationId = "pauseSubscription", summary = "Pause, until a date or open-ended")
    public Views.SubscriptionView pause(@PathParam("id") String id, @RequestBody(required = false) Requests.Pause body) {
        Requests.Pause request = body == null ? new Requests.Pause(null) : body;
        return Views.SubscriptionView.of(pauses.pause(caller.userId(), subscriptionId(id), request.until()));
    }

    @POST
    @Path("/{id}/resume")
    @Transactional
    @Operation(operationId = "resumeSubscription", summary = "Resume a paused or suspended subscription")
    public Views.SubscriptionView resume(@PathParam("id") String id) {
        return Views.SubscriptionView.of(pauses.resume(caller.userId(), subscriptionId(id)));
    }

    @POST
    @Path("/{id}/skip")
    @Transactional
    @Operation(operationId = "skipDelivery", summary = "Skip the next or a chosen delivery")
    public Views.SubscriptionView skip(@PathParam("id") String id, @RequestBody(required = false) Requests.Skip body) {
        UUID delivery = body == null ? null : body.deliveryId();
        return Views.SubscriptionView.of(skips.skip(caller.userId(), subscriptionId(id), delivery));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/unskip")
    @Transactional
    @Operation(operationId = "unskipDelivery", summary = "Take back my skip of an upcoming delivery")
    public Views.SubscriptionView unskip(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return Views.SubscriptionView.of(unskips.unskip(caller.userId(), subscriptionId(id), Params.id("delivery", deliveryId)));
    }

    @PUT
    @Path("/{id}/address")
    @Transactional
    @Operation(operationId = "changeAddress", summary = "Change the delivery address of every delivery not yet handed to the shop")
    public Views.SubscriptionView changeAddress(@PathParam("id") String id, Requests.ChangeAddress body) {
        Requests.ChangeAddress request = Params.body(body);
        Requests.Address a = request.address();
        var fields = a == null ? null : new Subscribe.AddressFields(a.recipient(), a.phone(), a.line1(), a.line2(), a.postalCode());
        return Views.SubscriptionView.of(addresses.changeAddress(caller.userId(), subscriptionId(id), fields));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/reschedule")
    @Transactional
    @Operation(operationId = "rescheduleDelivery", summary = "Move a delivery inside its cycle")
    public Views.SubscriptionView reschedule(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId,
                                             Requests.Reschedule body) {
        Requests.Reschedule request = Params.body(body);
        return Views.SubscriptionView.of(reschedules.reschedule(caller.userId(), subscriptionId(id),
                Params.id("delivery", deliveryId), request.date()));
    }

    @POST
    @Path("/{id}/change")
    @Transactional
    @Operation(operationId = "changeSubscription", summary = "Change plan or quantity from the next unpaid delivery")
    public Views.SubscriptionView change(@PathParam("id") String id, Requests.Change body) {
        Requests.Change request = Params.body(body);
        return Views.SubscriptionView.of(changes.change(caller.userId(), subscriptionId(id), request.planId(), request.quantity()));
    }

    @POST
    @Path("/{id}/cancel")
    @Transactional
    @Operation(operationId = "cancelSubscription", summary = "Cancel at the end of the cycle or immediately")
    @APIResponse(responseCode = "200", description = "Cancelled, or cancelling at the end of the cycle", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.SubscriptionView.class)))
    @APIResponse(responseCode = "402", description = "The wallet cannot pay the early-termination fee")
    public Views.SubscriptionView cancel(@PathParam("id") String id, Requests.Cancel body) {
        Requests.Cancel request = Params.body(body);
        if (request.mode() == null) throw domain.shared.InvalidInputException.of("mode", "is required: END_OF_CYCLE or IMMEDIATE");
        return Views.SubscriptionView.of(cancellations.cancel(caller.userId(), subscriptionId(id), request.mode()));
    }

    @POST
    @Path("/{id}/renew")
    @Transactional
    @Operation(operationId = "renewRental", summary = "Renew a rental for another commitment")
    public Views.SubscriptionView renew(@PathParam("id") String id) {
        return Views.SubscriptionView.of(renewals.renew(caller.userId(), subscriptionId(id)));
    }

    static DeliveryTimeframe timeframe(String when) {
        DeliveryTimeframe timeframe = Params.optionalEnum(DeliveryTimeframe.class, "when", when);
        return timeframe == null ? DeliveryTimeframe.UPCOMING : timeframe;
    }

    private static UUID subscriptionId(String id) {
        return Params.id("subscription", id);
    }
}
