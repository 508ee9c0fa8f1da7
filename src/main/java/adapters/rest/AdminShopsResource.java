package adapters.rest;

import adapters.representation.Views;
import domain.catalog.ManageApiKeysUseCase;
import domain.catalog.RegisterShopUseCase.RegisteredShop;
import domain.catalog.RegisterShopUseCase;
import domain.catalog.ShopId;
import domain.shared.InvalidInputException;
import domain.wallet.Commission;
import domain.wallet.WalletSettingsUseCase;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Admins register partner shops; each shop gets its API key once, in the answer. */
@Path("/admin/shops")
@RolesAllowed(Caller.ADMIN)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminShopsResource {
    /** Answers that carry an API key are kept by no cache. */
    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final RegisterShopUseCase shops;
    private final ManageApiKeysUseCase apiKeys;
    private final WalletSettingsUseCase wallet;
    private final IdempotentCreation idempotent;
    private final Caller caller;

    AdminShopsResource(RegisterShopUseCase shops, ManageApiKeysUseCase apiKeys, WalletSettingsUseCase wallet,
                       IdempotentCreation idempotent, Caller caller) {
        this.shops = shops;
        this.apiKeys = apiKeys;
        this.wallet = wallet;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "registerShop", summary = "Register a partner shop (the answer holds its first API key, once)")
    @APIResponse(responseCode = "201", description = "The shop is registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShownOnceViews.RegisteredShopView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    public Response register(Requests.RegisterShop body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        Requests.RegisterShop request = Params.body(body);
        return idempotent.run(caller.idempotencyScope(), key, "POST /admin/shops", request, () -> {
            RegisteredShop registered = shops.register(new RegisterShopUseCase.RegisterShop(request.name()));
            return Response.created(URI.create("/admin/shops/" + registered.shop().id())).cacheControl(NO_STORE)
                    .entity(ShownOnceViews.RegisteredShopView.of(registered)).build();
        });
    }

    /**
     * Another API key for the shop, shown once; its other keys keep working. For a shop that lost its keys,
     * or the registration's answer (the only copy of its first key); the shop then revokes the lost ones.
     */
    @POST
    @Path("/{id}/api-keys")
    @Operation(operationId = "issueShopApiKey", summary = "Issue a shop another API key (shown once)")
    @APIResponse(responseCode = "201", description = "The key is issued", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShownOnceViews.IssuedApiKeyView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    public Response issueApiKey(@PathParam("id") String id, Requests.IssueApiKey body,
                                @HeaderParam(IdempotentCreation.HEADER) String key) {
        ShopId shop = new ShopId(Params.id("shop", id));
        Requests.IssueApiKey request = Params.body(body);
        var command = new ManageApiKeysUseCase.IssueApiKey(request.name());
        return idempotent.run(caller.idempotencyScope(), key, "POST /admin/shops/" + shop.value() + "/api-keys", request, () -> {
            var issued = apiKeys.issue(shop, command);
            return Response.created(URI.create("/partner/api-keys/" + issued.key().id())).cacheControl(NO_STORE)
                    .entity(ShownOnceViews.IssuedApiKeyView.of(issued)).build();
        });
    }

    @GET
    @Operation(operationId = "listShops", summary = "List partner shops")
    public Views.PageView<Views.ShopView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return Views.PageView.of(shops.list(Params.page(cursor, limit)), Views.ShopView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getShop", summary = "Get a partner shop")
    public Views.ShopView shop(@PathParam("id") String id) {
        return Views.ShopView.of(shops.shop(new ShopId(Params.id("shop", id))));
    }

    /** Sets gudok's commission on the shop's future payments, in basis points (1,000 = 10 %). */
    @PUT
    @Path("/{id}/commission")
    @Transactional
    @Operation(operationId = "setShopCommission", summary = "Set gudok's commission on the shop's future payments")
    public WalletJson.CommissionRequest setCommission(@PathParam("id") String id, WalletJson.CommissionRequest body) {
        WalletJson.CommissionRequest request = Params.body(body);
        if (request.basisPoints() == null) throw InvalidInputException.of("basisPoints", "is required");
        wallet.setCommission(new ShopId(Params.id("shop", id)), new Commission(request.basisPoints()));
        return request;
    }
}
