package adapters;

import domain.scheduling.Job;
import domain.scheduling.JobHandler;
import domain.scheduling.JobRequest;
import domain.scheduling.JobScheduler;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Forgets idempotency keys older than the retention, once a day at a quiet hour (Seoul). Each run
 * schedules the next day's; a run that hit its batch limit schedules another at once. Keys are named
 * by date, so every instance may ask for the same run and only one job exists. A job of the scheduler that
 * belongs to the adapters: the keys are the REST adapter's, not the domain's.
 */
public final class IdempotencyKeyPurge implements JobHandler {
    public static final JobType TYPE = new JobType("idempotency.purge");
    static final String SUBJECT = "idempotency-keys";
    static final int BATCH = 10_000;

    private final IdempotentRequests requests;
    private final JobScheduler scheduler;
    private final BusinessCalendar calendar;
    private final Clock requestTime;
    private final Duration retention;
    private final LocalTime runAt;

    /**
     * @param requestTime the clock keys are claimed by: real time, also where a test clock moves the business
     *                    calendar, because clients retry in real time
     */
    public IdempotencyKeyPurge(IdempotentRequests requests, JobScheduler scheduler, BusinessCalendar calendar,
                               Clock requestTime, Duration retention, LocalTime runAt) {
        this.requestTime = requestTime;
        this.requests = requests;
        this.scheduler = scheduler;
        this.calendar = calendar;
        this.retention = retention;
        this.runAt = runAt;
    }

    /** Makes sure the next daily run is scheduled (at start-up). */
    public void ensureScheduled() {
        Instant now = calendar.now();
        LocalDate today = calendar.today();
        LocalDate day = at(today).isAfter(now) ? today : today.plusDays(1);
        scheduler.schedule(List.of(daily(day)));
    }

    @Override
    public JobType type() {
        return TYPE;
    }

    @Override
    public void handle(Job job) {
        Instant now = calendar.now();
        int purged = requests.purgeClaimedBefore(requestTime.instant().minus(retention), BATCH);
        List<JobRequest> next = new ArrayList<>();
        if (purged == BATCH) next.add(new JobRequest(TYPE, SUBJECT, "", now, TYPE.name() + ":more:" + now.toEpochMilli()));
        next.add(daily(calendar.today().plusDays(1)));
        scheduler.schedule(next);
    }

    private JobRequest daily(LocalDate day) {
        return new JobRequest(TYPE, SUBJECT, "", at(day), TYPE.name() + ":" + day);
    }

    private Instant at(LocalDate day) {
        return day.atTime(runAt).atZone(BusinessCalendar.SEOUL).toInstant();
    }
}
