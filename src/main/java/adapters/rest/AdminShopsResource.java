package adapters.rest;

import domain.catalog.RegisterShopUseCase.RegisteredShop;
import domain.catalog.RegisterShopUseCase;
import domain.catalog.ShopId;
import domain.shared.InvalidInputException;
import domain.wallet.Commission;
import domain.wallet.WalletSettingsUseCase;
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

/** Admins register partner shops; each shop gets its API key once, in the answer. */
@Path("/admin/shops")
@RolesAllowed(Caller.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminShopsResource {
    /** Answers that carry an API key are kept by no cache. */
    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final RegisterShopUseCase shops;
    private final WalletSettingsUseCase wallet;
    private final IdempotentCreation idempotent;
    private final Caller caller;

    AdminShopsResource(RegisterShopUseCase shops, WalletSettingsUseCase wallet, IdempotentCreation idempotent, Caller caller) {
        this.shops = shops;
        this.wallet = wallet;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    public Response register(Requests.RegisterShop body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        Requests.RegisterShop request = Params.body(body);
        return idempotent.run(caller.idempotencyScope(), key, "POST /admin/shops", request, () -> {
            RegisteredShop registered = shops.register(new RegisterShopUseCase.RegisterShop(request.name()));
            return Response.created(URI.create("/admin/shops/" + registered.shop().id())).cacheControl(NO_STORE)
                    .entity(Views.RegisteredShopView.of(registered)).build();
        });
    }

    /** A new API key for the shop, shown once; the old one stops working. Not replayable: a retry issues another. */
    @POST
    @Path("/{id}/api-key")
    @Transactional
    public Response issueNewApiKey(@PathParam("id") String id) {
        RegisteredShop registered = shops.issueNewApiKey(new ShopId(Params.id("shop", id)));
        return Response.ok(Views.RegisteredShopView.of(registered)).cacheControl(NO_STORE).build();
    }

    @GET
    public Views.PageView<Views.ShopView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return Views.PageView.of(shops.list(Params.page(cursor, limit)), Views.ShopView::of);
    }

    /** Sets gudok's commission on the shop's future payments, in basis points (1,000 = 10 %). */
    @PUT
    @Path("/{id}/commission")
    @Transactional
    public WalletJson.CommissionRequest setCommission(@PathParam("id") String id, WalletJson.CommissionRequest body) {
        WalletJson.CommissionRequest request = Params.body(body);
        if (request.basisPoints() == null) throw InvalidInputException.of("basisPoints", "is required");
        wallet.setCommission(new ShopId(Params.id("shop", id)), new Commission(request.basisPoints()));
        return request;
    }
}
