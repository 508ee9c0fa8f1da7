package adapters.rest;

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
    public Response issue(Requests.IssueApiKey body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        Requests.IssueApiKey request = Params.body(body);
        IssueApiKey command = new IssueApiKey(request.name());
        return idempotent.run(caller.idempotencyScope(), key, "POST /partner/api-keys", request, () -> {
            var issued = keys.issue(caller.shop(), command);
            return Response.created(URI.create("/partner/api-keys/" + issued.key().id())).cacheControl(NO_STORE)
                    .entity(Views.IssuedApiKeyView.of(issued)).build();
        });
    }

    @GET
    public Views.PageView<Views.ApiKeyView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        var page = Params.page(cursor, limit);
        return Views.PageView.of(Transactions.inNew(() -> keys.keys(caller.shop(), page)), Views.ApiKeyView::of);
    }

    /** The key stops working at once; the shop's last working key cannot be revoked (409). */
    @DELETE
    @Path("/{id}")
    @Transactional
    public Response revoke(@PathParam("id") String id) {
        keys.revoke(caller.shop(), Params.id("API key", id));
        return Response.noContent().build();
    }
}
