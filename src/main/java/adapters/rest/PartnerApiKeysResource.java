package adapters.rest;

import adapters.representation.Views;
import domain.catalog.ManageApiKeysUseCase;
import domain.catalog.ManageApiKeysUseCase.IssueApiKey;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
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
 * A shop rolls its API keys over itself: it issues a new key (shown once), moves its systems to it,
 * sees by the old key's last use that nothing calls with it any more, and revokes it.
 */
@Path("/partner/api-keys")
@RolesAllowed(Caller.PARTNER)
@HttpAuthenticationMechanism(ApiKeyAuthentication.SCHEME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerApiKeysResource {
    static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final ManageApiKeysUseCase keys;
    private final IdempotentCreation idempotent;
    private final Caller caller;

    PartnerApiKeysResource(ManageApiKeysUseCase keys, IdempotentCreation idempotent, Caller caller) {
        this.keys = keys;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "issueApiKey", summary = "Issue another API key for the calling shop (shown once)")
    @APIResponse(responseCode = "201", description = "The key is issued", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShownOnceViews.IssuedApiKeyView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    public Response issue(Requests.IssueApiKey body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        Requests.IssueApiKey request = Params.body(body);
        IssueApiKey command = new IssueApiKey(request.name());
        return idempotent.run(caller.idempotencyScope(), key, "POST /partner/api-keys", request, () -> {
            var issued = keys.issue(caller.shop(), command);
            return Response.created(URI.create("/partner/api-keys/" + issued.key().id())).cacheControl(NO_STORE)
                    .entity(ShownOnceViews.IssuedApiKeyView.of(issued)).build();
        });
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List the shop's working API keys")
    public Views.PageView<Views.ApiKeyView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        var page = Params.page(cursor, limit);
        return Views.PageView.of(Transactions.inNew(() -> keys.keys(caller.shop(), page)), Views.ApiKeyView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiKey", summary = "Get one of the shop's API keys (never its secret)")
    public Views.ApiKeyView get(@PathParam("id") String id) {
        var keyId = Params.id("API key", id);
        return Views.ApiKeyView.of(Transactions.inNew(() -> keys.key(caller.shop(), keyId)));
    }

    /** The key stops working at once; the shop's last working key cannot be revoked (409). */
    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "revokeApiKey", summary = "Revoke one of the shop's API keys")
    @APIResponse(responseCode = "204", description = "The key no longer works")
    public Response revoke(@PathParam("id") String id) {
        keys.revoke(caller.shop(), Params.id("API key", id));
        return Response.noContent().build();
    }
}
