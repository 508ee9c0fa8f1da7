package adapters.rest;

import adapters.representation.ClassificationViews.FilterView;
import adapters.representation.Views;
import domain.classification.FilterPurpose;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A user's alert on new plans or content (at most 20): a filter of gudok's filter language (docs/classification.md). */
@Path("/alerts")
@RolesAllowed(Caller.USER)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertsResource {
    private static final FilterPurpose PURPOSE = FilterPurpose.ALERT;
    private final FilterEndpoints endpoints;
    private final Caller caller;
    private final domain.account.CheckAccountUseCase accounts;

    AlertsResource(FilterEndpoints endpoints, Caller caller, domain.account.CheckAccountUseCase accounts) {
        this.endpoints = endpoints;
        this.caller = caller;
        this.accounts = accounts;
    }

    @POST
    @Operation(operationId = "createAlert", summary = "Create an alert",
            description = "A bad filter is a 400 whose invalidParams name each broken part by its path (filter.and[1].price.min).")
    @APIResponse(responseCode = "201", description = "The alert is created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilterView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The credential's role does not allow this operation, or the user closed their account (account-closed)")
    public Response create(Requests.NewFilter body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        String userId = caller.userId();
        return endpoints.create(PURPOSE, userId, caller.idempotencyScope(), key, "/alerts", body, () -> accounts.requireOpen(userId));
    }

    @GET
    @Operation(operationId = "listAlerts", summary = "List the alerts, oldest first")
    public Views.PageView<FilterView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return endpoints.list(PURPOSE, caller.userId(), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAlert", summary = "Get an alert")
    public FilterView get(@PathParam("id") String id) {
        return endpoints.get(PURPOSE, caller.userId(), id);
    }

    @GET
    @Path("/{id}/matches")
    @Operation(operationId = "listAlertMatches", summary = "List the alert's matches", description = "The items the alert matched, newest first, each once: those there were when it was saved, and those that appeared or changed after (which the user was told of).")
    public Views.PageView<adapters.representation.ClassificationViews.MatchView> matches(@PathParam("id") String id,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return endpoints.members(PURPOSE, caller.userId(), id, cursor, limit);
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "changeAlert", summary = "Change an alert's name and filter")
    @APIResponse(responseCode = "200", description = "The alert as changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilterView.class)))
    @APIResponse(responseCode = "403", description = "The credential's role does not allow this operation, or the user closed their account (account-closed)")
    public FilterView change(@PathParam("id") String id, Requests.ChangeFilter body) {
        accounts.requireOpen(caller.userId());
        return endpoints.change(PURPOSE, caller.userId(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "deleteAlert", summary = "Delete an alert")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") String id) {
        endpoints.delete(PURPOSE, caller.userId(), id);
    }

    @POST
    @Path("/test")
    @Operation(operationId = "testAlert", summary = "Try a filter on a sample item, without saving it",
            description = "Whether the filter matches the item; for a filter that is an and or an or, whether each part does.")
    public FilterEndpoints.TestOutcome test(Requests.TestFilter body) {
        return endpoints.test(PURPOSE, caller.userId(), null, body);
    }
}
