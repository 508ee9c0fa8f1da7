package adapters.rest;

import adapters.representation.Views;
import domain.catalog.ManageCatalogUseCase;
import domain.catalog.ManageCatalogUseCase.AddProduct;
import domain.catalog.ManageCatalogUseCase.CreatePlan;
import domain.catalog.Plan;
import domain.catalog.Product;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** A partner shop manages its products and plans. */
@Path("/partner")
@RolesAllowed(Caller.PARTNER)
@HttpAuthenticationMechanism(ApiKeyAuthentication.SCHEME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerCatalogResource {
    private final ManageCatalogUseCase catalog;
    private final IdempotentCreation idempotent;
    private final Caller caller;

    PartnerCatalogResource(ManageCatalogUseCase catalog, IdempotentCreation idempotent, Caller caller) {
        this.catalog = catalog;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Path("/products")
    @Operation(operationId = "createProduct", summary = "Add a product")
    @APIResponse(responseCode = "201", description = "The product is created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ProductView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    public Response addProduct(Requests.AddProduct body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        Requests.AddProduct request = Params.body(body);
        Requests.MoneyJson price = request.unitPrice() == null ? new Requests.MoneyJson(null, null) : request.unitPrice();
        AddProduct command = AddProduct.of(request.name(), request.description(), price.amount(), price.currencyCode());
        return idempotent.run(caller.idempotencyScope(), key, "POST /partner/products", request, () -> {
            Product product = catalog.addProduct(caller.shop(), command);
            return Response.created(URI.create("/partner/products/" + product.id())).entity(Views.ProductView.of(product)).build();
        });
    }

    @GET
    @Path("/products")
    @Operation(operationId = "listProducts", summary = "List the shop's products")
    public Views.PageView<Views.ProductView> products(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return Views.PageView.of(catalog.products(caller.shop(), Params.page(cursor, limit)), Views.ProductView::of);
    }

    @GET
    @Path("/products/{id}")
    @Operation(operationId = "getProduct", summary = "Get one of the shop's products")
    public Views.ProductView product(@PathParam("id") String id) {
        return Views.ProductView.of(catalog.product(caller.shop(), Params.id("product", id)));
    }

    @POST
    @Path("/plans")
    @Operation(operationId = "createPlan", summary = "Create a subscription plan")
    @APIResponse(responseCode = "201", description = "The plan is created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.PlanView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    public Response createPlan(Requests.CreatePlan body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        Requests.CreatePlan request = Params.body(body);
        CreatePlan command = toCommand(request);
        return idempotent.run(caller.idempotencyScope(), key, "POST /partner/plans", request, () -> {
            Plan plan = catalog.createPlan(caller.shop(), command);
            return Response.created(URI.create("/plans/" + plan.id())).entity(Views.PlanView.of(plan)).build();
        });
    }

    @GET
    @Path("/plans")
    @Operation(operationId = "listShopPlans", summary = "List the shop's plans")
    public Views.PageView<Views.PlanView> plans(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return Views.PageView.of(catalog.plans(caller.shop(), Params.page(cursor, limit)), Views.PlanView::of);
    }

    @POST
    @Path("/plans/{id}/retire")
    @Transactional
    @Operation(operationId = "retirePlan", summary = "Retire a plan (subscribers keep it)")
    public Views.PlanView retire(@PathParam("id") String id) {
        return Views.PlanView.of(catalog.retirePlan(caller.shop(), Params.id("plan", id)));
    }

    private static CreatePlan toCommand(Requests.CreatePlan r) {
        Requests.MoneyJson price = r.price() == null ? new Requests.MoneyJson(null, null) : r.price();
        Requests.Cycle cycle = r.cycle() == null ? new Requests.Cycle(null, null, null, null) : r.cycle();
        Requests.Rental rental = r.rental() == null ? new Requests.Rental(null, null, null) : r.rental();
        return CreatePlan.of(r.productId(), r.name(), r.kind(), price.amount(), price.currencyCode(),
                cycle.type(), cycle.everyWeeks(), cycle.dayOfWeek(), cycle.dayOfMonth(),
                rental.monthlyFee() == null ? null : rental.monthlyFee().amount(), rental.commitmentMonths(),
                rental.earlyTerminationFee() == null ? null : rental.earlyTerminationFee().amount());
    }
}
