package adapters.rest;

import adapters.representation.Views;
import domain.catalog.ManageCatalogUseCase;
import domain.catalog.ManageCatalogUseCase.AddProduct;
import domain.catalog.ManageCatalogUseCase.ChangePlan;
import domain.catalog.ManageCatalogUseCase.CreatePlan;
import domain.catalog.ManageCatalogUseCase.EditProduct;
import domain.catalog.Plan;
import domain.catalog.Product;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
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
        AddProduct command = AddProduct.of(request.name(), request.description(), price.amount(), price.currencyCode(),
                request.category(), request.tags(), request.imageUrls(), request.regions());
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

    @PUT
    @Path("/products/{id}")
    @Transactional
    @Operation(operationId = "editProduct", summary = "Edit a product: name, description, category, tags, images, regions",
            description = "Replaces all of them at once (what is left out is cleared). Its plans follow: pools and alerts re-sort them.")
    public Views.ProductView editProduct(@PathParam("id") String id, Requests.EditProduct body) {
        Requests.EditProduct r = Params.body(body);
        UUID productId = Params.id("product", id);
        EditProduct command = EditProduct.of(r.name(), r.description(), r.category(), r.tags(), r.imageUrls(), r.regions());
        return Views.ProductView.of(catalog.editProduct(caller.shop(), productId, command));
    }

    @POST
    @Path("/products/{id}/retire")
    @Transactional
    @Operation(operationId = "retireProduct", summary = "Retire a product and its plans (subscribers keep their plans)")
    public Views.ProductView retireProduct(@PathParam("id") String id) {
        return Views.ProductView.of(catalog.retireProduct(caller.shop(), Params.id("product", id)));
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

    @PUT
    @Path("/plans/{id}")
    @Transactional
    @Operation(operationId = "changePlan", summary = "Change a plan's name and price (for new subscriptions only)",
            description = "The price is per delivery, or a rental's monthly fee. It applies to subscriptions made from now on: existing"
                    + " subscriptions keep the price they took, for every delivery and month to come. The cycle and rental terms cannot change.")
    public Views.PlanView changePlan(@PathParam("id") String id, Requests.ChangePlan body) {
        Requests.ChangePlan r = Params.body(body);
        UUID planId = Params.id("plan", id);
        Requests.MoneyJson price = r.price() == null ? new Requests.MoneyJson(null, null) : r.price();
        ChangePlan command = ChangePlan.of(r.name(), price.amount(), price.currencyCode());
        return Views.PlanView.of(catalog.changePlan(caller.shop(), planId, command));
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
