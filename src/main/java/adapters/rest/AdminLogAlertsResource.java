package adapters.rest;

import adapters.representation.ClassificationViews.FilterView;
import adapters.representation.ClassificationViews.LogRecordView;
import adapters.representation.Views;
import domain.classification.FilterPurpose;
import domain.classification.LogAlertService;
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

/**
 * An admin's alert on gudok's own WARN and ERROR log records (at most 1,000): a filter of gudok's filter language over
 * logger, level, words and exception types (docs/classification.md); the records it matched are listed with it.
 */
@Path("/admin/log-alerts")
@RolesAllowed(Caller.ADMIN)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminLogAlertsResource {
    private static final FilterPurpose PURPOSE = FilterPurpose.LOG_ALERT;
    private static final String OWNER = FilterPurpose.PLATFORM;
    private final FilterEndpoints endpoints;
    private final Caller caller;
    private final LogAlertService logAlerts;

    AdminLogAlertsResource(FilterEndpoints endpoints, Caller caller, LogAlertService logAlerts) {
        this.endpoints = endpoints;
        this.caller = caller;
        this.logAlerts = logAlerts;
    }

    @POST
    @Operation(operationId = "createLogAlert", summary = "Create a log alert",
            description = "A bad filter is a 400 whose invalidParams name each broken part by its path (filter.and[1].price.min).")
    @APIResponse(responseCode = "201", description = "The log alert is created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilterView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    public Response create(Requests.NewFilter body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        return endpoints.create(PURPOSE, OWNER, caller.idempotencyScope(), key, "/admin/log-alerts", body);
    }

    @GET
    @Operation(operationId = "listLogAlerts", summary = "List the log alerts, oldest first")
    public Views.PageView<FilterView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return endpoints.list(PURPOSE, OWNER, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLogAlert", summary = "Get a log alert")
    public FilterView get(@PathParam("id") String id) {
        return endpoints.get(PURPOSE, OWNER, id);
    }

    @GET
    @Path("/{id}/records")
    @Operation(operationId = "listLogAlertRecords", summary = "List the log records the log alert matched",
            description = "Newest match first, each record once: those logged after the alert was saved (log records are not kept otherwise).")
    public Views.PageView<LogRecordView> records(@PathParam("id") String id, @QueryParam("cursor") String cursor,
                                                 @QueryParam("limit") String limit) {
        java.util.UUID alert = endpoints.get(PURPOSE, OWNER, id).id();
        return Views.PageView.of(logAlerts.records(alert, Params.page(cursor, limit)), LogRecordView::of);
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "changeLogAlert", summary = "Change a log alert's name and filter")
    public FilterView change(@PathParam("id") String id, Requests.ChangeFilter body) {
        return endpoints.change(PURPOSE, OWNER, id, body);
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "deleteLogAlert", summary = "Delete a log alert")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") String id) {
        endpoints.delete(PURPOSE, OWNER, id);
    }

    @POST
    @Path("/test")
    @Operation(operationId = "testLogAlert", summary = "Try a filter on a sample item, without saving it",
            description = "Whether the filter matches the item; for a filter that is an and or an or, whether each part does.")
    public FilterEndpoints.TestOutcome test(Requests.TestFilter body) {
        return endpoints.test(PURPOSE, OWNER, null, body);
    }
}
