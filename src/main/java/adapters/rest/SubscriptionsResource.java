package adapters.rest;

import domain.delivery.DeliveryTimeframe;
import domain.delivery.ViewDeliveriesUseCase;
import domain.subscription.ChangeSubscriptionUseCase;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** A subscriber's own subscriptions and everything they can do with them. */
@Path("/subscriptions")
@RolesAllowed(Caller.USER)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {
    private final SubscribeUseCase subscribe;
    private final ChangeSubscriptionUseCase change;
    private final ViewSubscriptionsUseCase view;
    private final ViewDeliveriesUseCase deliveries;
    private final IdempotentCreation idempotent;
    private final Caller caller;

    SubscriptionsResource(SubscribeUseCase subscribe, ChangeSubscriptionUseCase change, ViewSubscriptionsUseCase view,
                          ViewDeliveriesUseCase deliveries, IdempotentCreation idempotent, Caller caller) {
        this.subscribe = subscribe;
        this.change = change;
        this.view = view;
        this.deliveries = deliveries;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    public Response subscribe(Requests.Subscribe body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        Requests.Subscribe request = Params.body(body);
        Requests.Address a = request.address();
        var address = a == null ? null : new Subscribe.AddressFields(a.recipient(), a.phone(), a.line1(), a.line2(), a.postalCode());
        Subscribe command = Subscribe.of(request.planId(), request.quantity(), address, request.startDate());
        String userId = caller.userId();
        return idempotent.run(caller.idempotencyScope(), key, "POST /subscriptions", request, () -> {
            Subscription subscription = subscribe.subscribe(userId, command);
            return Response.created(URI.create("/subscriptions/" + subscription.id()))
                    .entity(Views.SubscriptionView.of(subscription)).build();
        });
    }

    @GET
    public Views.PageView<Views.SubscriptionView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return Views.PageView.of(view.subscriptions(caller.userId(), Params.page(cursor, limit)), Views.SubscriptionView::of);
    }

    @GET
    @Path("/{id}")
    public Views.SubscriptionView get(@PathParam("id") String id) {
        return Views.SubscriptionView.of(view.subscription(caller.userId(), subscriptionId(id)));
    }

    @GET
    @Path("/{id}/deliveries")
    public Views.PageView<Views.DeliveryView> deliveries(@PathParam("id") String id, @QueryParam("when") String when,
                                                         @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        UUID subscription = view.subscription(caller.userId(), subscriptionId(id)).id();
        return Views.PageView.of(deliveries.deliveries(caller.userId(), subscription, timeframe(when), Params.page(cursor, limit)),
                Views.DeliveryView::of);
    }

    @POST
    @Path("/{id}/pause")
    @Transactional
    public Views.SubscriptionView pause(@PathParam("id") String id, Requests.Pause body) {
        Requests.Pause request = body == null ? new Requests.Pause(null) : body;
        return Views.SubscriptionView.of(change.pause(caller.userId(), subscriptionId(id), request.until()));
    }

    @POST
    @Path("/{id}/resume")
    @Transactional
    public Views.SubscriptionView resume(@PathParam("id") String id) {
        return Views.SubscriptionView.of(change.resume(caller.userId(), subscriptionId(id)));
    }

    @POST
    @Path("/{id}/skip")
    @Transactional
    public Views.SubscriptionView skip(@PathParam("id") String id, Requests.Skip body) {
        UUID delivery = body == null ? null : body.deliveryId();
        return Views.SubscriptionView.of(change.skip(caller.userId(), subscriptionId(id), delivery));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/reschedule")
    @Transactional
    public Views.SubscriptionView reschedule(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId,
                                             Requests.Reschedule body) {
        Requests.Reschedule request = Params.body(body);
        return Views.SubscriptionView.of(change.reschedule(caller.userId(), subscriptionId(id),
                Params.id("delivery", deliveryId), request.date()));
    }

    @POST
    @Path("/{id}/change")
    @Transactional
    public Views.SubscriptionView change(@PathParam("id") String id, Requests.Change body) {
        Requests.Change request = Params.body(body);
        return Views.SubscriptionView.of(change.change(caller.userId(), subscriptionId(id), request.planId(), request.quantity()));
    }

    @POST
    @Path("/{id}/cancel")
    @Transactional
    public Views.SubscriptionView cancel(@PathParam("id") String id, Requests.Cancel body) {
        Requests.Cancel request = Params.body(body);
        if (request.mode() == null) throw domain.shared.InvalidInputException.of("mode", "is required: END_OF_CYCLE or IMMEDIATE");
        return Views.SubscriptionView.of(change.cancel(caller.userId(), subscriptionId(id), request.mode()));
    }

    @POST
    @Path("/{id}/renew")
    @Transactional
    public Views.SubscriptionView renew(@PathParam("id") String id) {
        return Views.SubscriptionView.of(change.renew(caller.userId(), subscriptionId(id)));
    }

    static DeliveryTimeframe timeframe(String when) {
        DeliveryTimeframe timeframe = Params.optionalEnum(DeliveryTimeframe.class, "when", when);
        return timeframe == null ? DeliveryTimeframe.UPCOMING : timeframe;
    }

    private static UUID subscriptionId(String id) {
        return Params.id("subscription", id);
    }
}
