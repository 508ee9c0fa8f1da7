package domain.scheduling;

import domain.shared.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs each due job once: the job row is locked while its handler runs, the handler's effect and the
 * job's new state commit together, and a message whose generation is not the job's current one (a
 * duplicate, or one sent before a cancel or reschedule) does nothing.
 */
public final class JobRunner implements RunJobsUseCase {
    private static final int OVERDUE_BATCH = 500;

    private final Jobs jobs;
    private final Map<JobType, JobHandler> handlers = new HashMap<>();
    private final BusinessCalendar calendar;
    private final RetryPolicy retryPolicy;
    private final Map<JobType, RetryPolicy> policyByType;
    private final Duration lostAfter;

    /**
     * @param lostAfter how long after its due time a sent job that has not run is taken as lost and sent again
     */
    public JobRunner(Jobs jobs, Collection<JobHandler> handlers, BusinessCalendar calendar,
                     RetryPolicy retryPolicy, Duration lostAfter) {
        this(jobs, handlers, calendar, retryPolicy, Map.of(), lostAfter);
    }

    /**
     * @param policyByType job types that retry otherwise than {@code retryPolicy}: money jobs wait out a gateway
     *                     outage for hours to days instead of parking after minutes
     */
    public JobRunner(Jobs jobs, Collection<JobHandler> handlers, BusinessCalendar calendar,
                     RetryPolicy retryPolicy, Map<JobType, RetryPolicy> policyByType, Duration lostAfter) {
        this.policyByType = Map.copyOf(policyByType);
        this.jobs = jobs;
        this.calendar = calendar;
        this.retryPolicy = retryPolicy;
        this.lostAfter = lostAfter;
        for (JobHandler handler : handlers) {
            JobHandler previous = this.handlers.put(handler.type(), handler);
            if (previous != null) throw new IllegalStateException("two handlers for job type " + handler.type());
        }
    }

    @Override
    public RunOutcome run(UUID jobId, long generation) {
        Job job = current(jobId, generation);
        if (job == null) return RunOutcome.ignored();
        Instant now = calendar.now();
        if (!job.isDueBy(now)) {
            // Early (a delay longer than the tiers hold, or another instance's clock ahead): wait the rest.
            jobs.update(job.resend());
            return new RunOutcome(RunOutcome.Kind.EARLY, job.type(), null);
        }
        JobHandler handler = handlers.get(job.type());
        if (handler == null) throw new IllegalStateException("no handler for job type " + job.type());
        handler.handle(job);
        jobs.update(job.done(now));
        return new RunOutcome(RunOutcome.Kind.FIRED, job.type(), job.latenessAt(now));
    }

    @Override
    public RunOutcome recordFailure(UUID jobId, long generation, String error) {
        Job job = current(jobId, generation);
        if (job == null) return RunOutcome.ignored();
        Job failed = job.failed(error, calendar.now(), policyByType.getOrDefault(job.type(), retryPolicy));
        jobs.update(failed);
        return new RunOutcome(failed.state() == JobState.PARKED ? RunOutcome.Kind.PARKED : RunOutcome.Kind.FAILED,
                job.type(), null);
    }

    @Override
    public int resendOverdue() {
        // The same generation again, not a new one: if the first message is only slow (a backlog), it still
        // runs the job, and whichever arrives second finds it done. A new generation would turn every
        // message of a backlog stale and make it longer.
        List<Job> lost = jobs.overdue(calendar.now().minus(lostAfter), OVERDUE_BATCH);
        jobs.resendAsIs(lost);
        return lost.size();
    }

    /** The job the message names, locked, if the message is for its current generation and it still waits. */
    private Job current(UUID jobId, long generation) {
        Job job = jobs.lockForRun(jobId).orElse(null);
        if (job == null || job.state() != JobState.SCHEDULED || job.generation() != generation) return null;
        return job;
    }
}
