package adapters.rest;

import adapters.representation.Views;
import adapters.representation.WebhookViews.WebhookEndpointView;
import domain.shared.BusinessCalendar;
import domain.webhook.ManageWebhookEndpointsUseCase;
import domain.webhook.ManageWebhookEndpointsUseCase.EndpointSettings;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A shop's webhook endpoints: where the platform sends it signed messages (Standard Webhooks) about its catalog,
 * subscriptions, deliveries, payments and refunds. Each endpoint has its own secret, shown once when the endpoint
 * is made and again only as a new one when it is rotated.
 */
@Path("/partner/webhooks/endpoints")
@RolesAllowed(Caller.PARTNER)
@HttpAuthenticationMechanism(ApiKeyAuthentication.SCHEME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerWebhookEndpointsResource {
    private final ManageWebhookEndpointsUseCase endpoints;
    private final IdempotentCreation idempotent;
    private final Caller caller;
    private final BusinessCalendar calendar;

    PartnerWebhookEndpointsResource(ManageWebhookEndpointsUseCase endpoints, IdempotentCreation idempotent, Caller caller,
                                    BusinessCalendar calendar) {
        this.endpoints = endpoints;
        this.idempotent = idempotent;
        this.caller = caller;
        this.calendar = calendar;
    }

    @POST
    @Operation(operationId = "createWebhookEndpoint", summary = "Register a webhook endpoint (its secret is shown once)")
    @APIResponse(responseCode = "201", description = "The endpoint is registered and enabled", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShownOnceViews.CreatedWebhookEndpointView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    public Response create(Requests.WebhookEndpointSettings body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        Requests.WebhookEndpointSettings request = Params.body(body);
        EndpointSettings settings = EndpointSettings.of(request.url(), request.eventTypes(), request.description());
        return idempotent.run(caller.idempotencyScope(), key, "POST /partner/webhooks/endpoints", request, () -> {
            var created = endpoints.create(caller.shop(), settings);
            return Response.created(URI.create("/partner/webhooks/endpoints/" + created.endpoint().id()))
                    .cacheControl(PartnerApiKeysResource.NO_STORE)
                    .entity(ShownOnceViews.CreatedWebhookEndpointView.of(created)).build();
        });
    }

    @GET
    @Operation(operationId = "listWebhookEndpoints", summary = "List the shop's webhook endpoints")
    public Views.PageView<WebhookEndpointView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        var page = Params.page(cursor, limit);
        var now = calendar.now();
        return Views.PageView.of(Transactions.inNew(() -> endpoints.endpoints(caller.shop(), page)), e -> WebhookEndpointView.of(e, now));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookEndpoint", summary = "Get one of the shop's webhook endpoints (never its secret)")
    public WebhookEndpointView get(@PathParam("id") String id) {
        var endpointId = Params.id("webhook endpoint", id);
        return WebhookEndpointView.of(Transactions.inNew(() -> endpoints.endpoint(caller.shop(), endpointId)), calendar.now());
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "updateWebhookEndpoint", summary = "Replace an endpoint's settings; disable or enable it")
    public WebhookEndpointView update(@PathParam("id") String id, Requests.UpdateWebhookEndpoint body) {
        var endpointId = Params.id("webhook endpoint", id);
        Requests.UpdateWebhookEndpoint request = Params.body(body);
        EndpointSettings settings = EndpointSettings.of(request.url(), request.eventTypes(), request.description());
        var enabled = new domain.shared.Validation();
        enabled.present(request.enabled(), "enabled");
        enabled.throwIfInvalid();
        return WebhookEndpointView.of(endpoints.update(caller.shop(), endpointId, settings, request.enabled()), calendar.now());
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Remove a webhook endpoint; nothing more is sent to it")
    @APIResponse(responseCode = "204", description = "The endpoint is removed")
    public Response delete(@PathParam("id") String id) {
        endpoints.remove(caller.shop(), Params.id("webhook endpoint", id));
        return Response.noContent().build();
    }

    /** The new secret signs every message from now on; the replaced one signs too until previousSecretUntil. */
    @POST
    @Path("/{id}/rotate-secret")
    @Transactional
    @Operation(operationId = "rotateWebhookSecret", summary = "Issue a new signing secret (shown once); the old one keeps signing for the overlap")
    @APIResponse(responseCode = "200", description = "The new secret", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShownOnceViews.RotatedWebhookSecretView.class)))
    public Response rotate(@PathParam("id") String id) {
        var rotated = endpoints.rotateSecret(caller.shop(), Params.id("webhook endpoint", id));
        return Response.ok(new ShownOnceViews.RotatedWebhookSecretView(rotated.secret(), rotated.previousSecretUntil()))
                .cacheControl(PartnerApiKeysResource.NO_STORE).build();
    }
}
