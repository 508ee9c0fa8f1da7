package adapters.rest;

import domain.scheduling.AdvanceTestClockUseCase;
import domain.shared.BusinessCalendar;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The sandbox's test clock: one clock for the whole instance, which an admin moves forward; everything
 * due by the new time happens through the real scheduler, in order. Refused (403) where the instance
 * runs on real time, as production always does.
 */
@Path("/admin/test-clock")
@RolesAllowed(Caller.ADMIN)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminTestClockResource {
    private final AdvanceTestClockUseCase clock;

    AdminTestClockResource(AdvanceTestClockUseCase clock) {
        this.clock = clock;
    }

    @Schema(description = "Where the test clock stands. READY: everything due by `now` has run. ADVANCING: moving to "
            + "`target`, running what falls due on the way. STALLED: jobs due on the way did not run; `detail` says which.")
    public record TestClockView(
            @Schema(enumeration = {"READY", "ADVANCING", "STALLED"}) String status,
            Instant now,
            @Schema(description = "The clock's date in Seoul: the business calendar's") LocalDate seoulDate,
            @Schema(nullable = true) Instant target,
            @Schema(description = "Steps the last advance took: each a time at which jobs fell due") long steps,
            @Schema(nullable = true) String detail) {
        static TestClockView of(AdvanceTestClockUseCase.Status s) {
            return new TestClockView(s.state().name(), s.now(), s.now().atZone(BusinessCalendar.SEOUL).toLocalDate(),
                    s.target(), s.steps(), s.detail());
        }
    }

    public record Advance(@Schema(required = true, description = "The time to move the clock to: after its time, "
            + "at most 5 years ahead") Instant to) { }

    @GET
    @Operation(operationId = "getTestClock", summary = "Where the test clock stands (refused in production)")
    public TestClockView get() {
        return TestClockView.of(clock.status());
    }

    @POST
    @Path("/advance")
    @Operation(operationId = "advanceTestClock",
            summary = "Move the test clock forward: what falls due on the way happens, in order (refused in production)")
    @APIResponse(responseCode = "202", description = "The clock is advancing: poll the Location until its status is READY",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TestClockView.class)),
            headers = @Header(name = "Location", description = "The clock, to poll", schema = @Schema(type = SchemaType.STRING)))
    public Response advance(Advance body) {
        Advance request = Params.body(body);
        return Response.accepted(TestClockView.of(clock.advanceTo(request.to())))
                .location(URI.create("/admin/test-clock")).build();
    }
}
