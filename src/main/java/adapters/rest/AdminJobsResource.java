package adapters.rest;

import adapters.representation.Views;
import domain.scheduling.Canaries;
import domain.scheduling.Job;
import domain.scheduling.JobState;
import domain.scheduling.ManageJobsUseCase;
import domain.shared.InvalidInputException;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Operators look at scheduled jobs, retry parked ones, and send canaries through the scheduler. */
@Path("/admin/jobs")
@RolesAllowed(Caller.ADMIN)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminJobsResource {
    private final ManageJobsUseCase jobs;
    private final Canaries canaries;
    private final IdempotentCreation idempotent;
    private final Caller caller;

    AdminJobsResource(ManageJobsUseCase jobs, Canaries canaries, IdempotentCreation idempotent, Caller caller) {
        this.jobs = jobs;
        this.canaries = canaries;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    public record JobView(UUID id, String type, String subjectId, String dedupKey, Instant dueAt, String state,
                          int failures, String lastError, Instant createdAt, Instant finishedAt) {
        static JobView of(Job j) {
            return new JobView(j.id(), j.type().name(), j.subjectId(), j.dedupKey(), j.dueAt(), j.state().name(),
                    j.failures(), j.lastError(), j.createdAt(), j.finishedAt());
        }
    }

    public record ScheduleCanaries(List<Long> delaysMs) { }

    public record CanariesView(List<JobView> jobs) { }

    @GET
    @Operation(operationId = "listJobs", summary = "List scheduled jobs, by subject and state")
    public Views.PageView<JobView> list(@QueryParam("subject") String subject, @QueryParam("state") String state,
                                        @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        JobState wanted = Params.optionalEnum(JobState.class, "state", state);
        var page = Params.page(cursor, limit);
        if (subject != null && (subject.isBlank() || subject.length() > 100)) {
            throw InvalidInputException.of("subject", "must be 1 to 100 characters");
        }
        return Views.PageView.of(Transactions.inNew(() -> jobs.jobs(subject, wanted, page)), JobView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getJob", summary = "Get a scheduled job")
    public JobView job(@PathParam("id") String id) {
        UUID jobId = Params.id("job", id);
        return JobView.of(Transactions.inNew(() -> jobs.job(jobId)));
    }

    /** A parked job runs again now, with its attempts counted afresh. */
    @POST
    @Path("/{id}/retry")
    @Operation(operationId = "retryJob", summary = "Run a parked job again, now")
    public JobView retry(@PathParam("id") String id) {
        UUID jobId = Params.id("job", id);
        return JobView.of(Transactions.inNew(() -> jobs.retry(jobId)));
    }

    /** Schedules one canary job per delay; each writes down when it fired (table canary_firings). */
    @POST
    @Path("/canaries")
    @Operation(operationId = "scheduleCanaries", summary = "Schedule canary jobs that record when they fire")
    @APIResponse(responseCode = "201", description = "The canaries are scheduled", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdminJobsResource.CanariesView.class)), headers = @Header(name = "Location", description = "Where the created resource is", schema = @Schema(type = SchemaType.STRING)))
    public Response scheduleCanaries(ScheduleCanaries body, @HeaderParam(IdempotentCreation.HEADER) String key) {
        ScheduleCanaries request = Params.body(body);
        if (request.delaysMs() == null || request.delaysMs().stream().anyMatch(d -> d == null)) {
            throw InvalidInputException.of("delaysMs", "is required: a list of delays in milliseconds");
        }
        List<Duration> delays = request.delaysMs().stream().map(Duration::ofMillis).toList();
        return idempotent.run(caller.idempotencyScope(), key, "POST /admin/jobs/canaries", request, () -> {
            List<Job> scheduled = canaries.schedule(delays);
            return Response.created(URI.create("/admin/jobs?subject=canary"))
                    .entity(new CanariesView(scheduled.stream().map(JobView::of).toList())).build();
        });
    }
}
