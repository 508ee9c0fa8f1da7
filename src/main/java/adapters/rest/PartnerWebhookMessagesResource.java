package adapters.rest;

import adapters.representation.Views;
import adapters.representation.WebhookViews.ReplayedView;
import adapters.representation.WebhookViews.WebhookMessageLogView;
import adapters.representation.WebhookViews.WebhookMessageView;
import domain.shared.Validation;
import domain.webhook.ManageWebhookMessagesUseCase;
import domain.webhook.MessageState;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** The log of an endpoint's messages, and what a shop does after an outage: replay; and a test message on request. */
@Path("/partner/webhooks/endpoints/{endpointId}")
@RolesAllowed(Caller.PARTNER)
@HttpAuthenticationMechanism(ApiKeyAuthentication.SCHEME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerWebhookMessagesResource {
    private final ManageWebhookMessagesUseCase messages;
    private final Caller caller;

    PartnerWebhookMessagesResource(ManageWebhookMessagesUseCase messages, Caller caller) {
        this.messages = messages;
        this.caller = caller;
    }

    @GET
    @Path("/messages")
    @Operation(operationId = "listWebhookMessages", summary = "List an endpoint's messages, newest first")
    public Views.PageView<WebhookMessageView> list(@PathParam("endpointId") String endpointId, @QueryParam("state") String state,
                                                   @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        var endpoint = Params.id("webhook endpoint", endpointId);
        MessageState only = Params.optionalEnum(MessageState.class, "state", state);
        var page = Params.page(cursor, limit);
        return Views.PageView.of(Transactions.inNew(() -> messages.messages(caller.shop(), endpoint, only, page)), WebhookMessageView::of);
    }

    @GET
    @Path("/messages/{messageId}")
    @Operation(operationId = "getWebhookMessage", summary = "Get a message: what it sends and every attempt made")
    public WebhookMessageLogView get(@PathParam("endpointId") String endpointId, @PathParam("messageId") String messageId) {
        var endpoint = Params.id("webhook endpoint", endpointId);
        var message = Params.id("webhook message", messageId);
        return WebhookMessageLogView.of(Transactions.inNew(() -> messages.message(caller.shop(), endpoint, message)));
    }

    @POST
    @Path("/messages/{messageId}/replay")
    @Transactional
    @Operation(operationId = "replayWebhookMessage", summary = "Send a delivered or failed message again, at once")
    @APIResponse(responseCode = "202", description = "An attempt is on its way: poll the message", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookMessageView.class)))
    public Response replay(@PathParam("endpointId") String endpointId, @PathParam("messageId") String messageId) {
        var endpoint = Params.id("webhook endpoint", endpointId);
        var message = Params.id("webhook message", messageId);
        return Response.accepted(WebhookMessageView.of(messages.replay(caller.shop(), endpoint, message))).build();
    }

    @POST
    @Path("/replay")
    @Transactional
    @Operation(operationId = "replayFailedWebhookMessages", summary = "Send again every message that failed since a time (after an outage)")
    @APIResponse(responseCode = "202", description = "Up to 1,000 messages are on their way; ask again while more is true", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplayedView.class)))
    public Response replayFailed(@PathParam("endpointId") String endpointId, Requests.ReplayFailedWebhooks body) {
        var endpoint = Params.id("webhook endpoint", endpointId);
        Requests.ReplayFailedWebhooks request = Params.body(body);
        Validation since = new Validation();
        since.present(request.since(), "since");
        since.throwIfInvalid();
        var replayed = messages.replayFailedSince(caller.shop(), endpoint, request.since());
        return Response.accepted(new ReplayedView(replayed.count(), replayed.more())).build();
    }

    @POST
    @Path("/test")
    @Transactional
    @Operation(operationId = "sendWebhookTest", summary = "Send the endpoint a webhook.test message")
    @APIResponse(responseCode = "202", description = "The test message is on its way: poll it at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookMessageView.class)), headers = @Header(name = "Location", description = "Where the message is", schema = @Schema(type = SchemaType.STRING)))
    public Response test(@PathParam("endpointId") String endpointId) {
        var endpoint = Params.id("webhook endpoint", endpointId);
        var message = messages.sendTest(caller.shop(), endpoint);
        return Response.accepted(WebhookMessageView.of(message))
                .location(URI.create("/partner/webhooks/endpoints/" + endpoint + "/messages/" + message.id())).build();
    }
}
