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

/** The shop's own collection of its plans: a filter of gudok's filter language (docs/classification.md). */
@Path("/partner/pools")
@RolesAllowed(Caller.PARTNER)
@HttpAuthenticationMechanism(ApiKeyAuthentication.SCHEME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerPoolsResource {
    private static final FilterPurpose PURPOSE = FilterPurpose.SHOP_POOL;
    private final FilterEndpoints endpoints;
    private final Caller caller;

    PartnerPoolsResource(FilterEndpoints endpoints, Caller caller) {
        this.endpoints = endpoints;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createShopPool", summary = "Create a shop pool",
            description = "A bad filter is a 400 whose invalidParams name each broken part by its path (filter.and[1].price.min).")
    @APIResponse(responseCode = "201", description = "The shop pool is created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilterView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    public Response create(Requests.NewFilter body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        return endpoints.create(PURPOSE, caller.shop().value().toString(), caller.idempotencyScope(), key, "/partner/pools", body);
    }

    @GET
    @Operation(operationId = "listShopPools", summary = "List the shop pools, oldest first")
    public Views.PageView<FilterView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return endpoints.list(PURPOSE, caller.shop().value().toString(), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getShopPool", summary = "Get a shop pool")
    public FilterView get(@PathParam("id") String id) {
        return endpoints.get(PURPOSE, caller.shop().value().toString(), id);
    }

    @GET
    @Path("/{id}/members")
    @Operation(operationId = "listShopPoolMembers", summary = "List the pool's members", description = "The items in the pool now, newest first: plans (plan:<id>) or content (content:<source>:<id>); they come and go with their items.")
    public Views.PageView<adapters.representation.ClassificationViews.MatchView> members(@PathParam("id") String id,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return endpoints.members(PURPOSE, caller.shop().value().toString(), id, cursor, limit);
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "changeShopPool", summary = "Change a shop pool's name and filter")
    public FilterView change(@PathParam("id") String id, Requests.ChangeFilter body) {
        return endpoints.change(PURPOSE, caller.shop().value().toString(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "deleteShopPool", summary = "Delete a shop pool")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") String id) {
        endpoints.delete(PURPOSE, caller.shop().value().toString(), id);
    }

    @POST
    @Path("/test")
    @Operation(operationId = "testShopPool", summary = "Try a filter on a sample item, without saving it",
            description = "Whether the filter matches the item; for a filter that is an and or an or, whether each part does.")
    public FilterEndpoints.TestOutcome test(Requests.TestFilter body) {
        return endpoints.test(PURPOSE, caller.shop().value().toString(), caller.shop().value(), body);
    }
}
