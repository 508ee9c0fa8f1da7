package adapters.rest;

import adapters.representation.Views;
import domain.catalog.BrowsePlansUseCase;
import domain.catalog.ShopId;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Plans open for subscription, as the app shows them. */
@Path("/plans")
@RolesAllowed({Caller.USER, Caller.ADMIN})
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {
    private final BrowsePlansUseCase plans;

    PlansResource(BrowsePlansUseCase plans) {
        this.plans = plans;
    }

    @GET
    @Operation(operationId = "listPlans", summary = "Browse active plans")
    public Views.PageView<Views.PlanView> list(@QueryParam("shopId") String shopId,
                                               @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        UUID shop = Params.optionalUuid("shopId", shopId);
        return Views.PageView.of(plans.activePlans(shop == null ? null : new ShopId(shop), Params.page(cursor, limit)),
                Views.PlanView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlan", summary = "Get a plan")
    public Views.PlanView plan(@PathParam("id") String id) {
        return Views.PlanView.of(plans.plan(Params.id("plan", id)));
    }
}
