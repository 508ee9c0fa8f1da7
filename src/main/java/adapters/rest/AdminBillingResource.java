package adapters.rest;

import domain.billing.RunBillingUseCase;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Admins start a billing run now (the daily one runs by itself), for example after an outage. */
@Path("/admin/billing")
@RolesAllowed(Caller.ADMIN)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminBillingResource {
    private final RunBillingUseCase billing;

    AdminBillingResource(RunBillingUseCase billing) {
        this.billing = billing;
    }

    /** 202: the run's jobs are scheduled for now; {@code lanes} (1-8, default 1) run in parallel. */
    @POST
    @Path("/runs")
    @Operation(operationId = "startBillingRun", summary = "Start a billing run now")
    @APIResponse(responseCode = "202", description = "The run is scheduled to start at once", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdminBillingResource.BillingRunStarted.class)))
    public Response run(@QueryParam("lanes") String lanes) {
        Integer chosen = Params.optionalInt("lanes", lanes, 1, 8);
        int count = chosen == null ? 1 : chosen;
        Transactions.inNew(() -> {
            billing.runNow(count);
            return null;
        });
        return Response.accepted(new BillingRunStarted(count)).build();
    }

    /** The answer to starting a run: how many lanes it runs in. */
    public record BillingRunStarted(int lanes) { }
}
