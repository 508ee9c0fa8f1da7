package adapters.rest;

import domain.billing.RunBillingUseCase;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Admins start a billing run now (the daily one runs by itself), for example after an outage. */
@Path("/admin/billing")
@RolesAllowed(Caller.ADMIN)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class AdminBillingResource {
    private final RunBillingUseCase billing;

    AdminBillingResource(RunBillingUseCase billing) {
        this.billing = billing;
    }

    /** 202: the run's jobs are scheduled for now; {@code lanes} (1-8, default 1) run in parallel. */
    @POST
    @Path("/runs")
    public Response run(@QueryParam("lanes") String lanes) {
        Integer chosen = Params.optionalInt("lanes", lanes, 1, 8);
        int count = chosen == null ? 1 : chosen;
        Transactions.inNew(() -> {
            billing.runNow(count);
            return null;
        });
        return Response.accepted(Map.of("lanes", count)).build();
    }
}
