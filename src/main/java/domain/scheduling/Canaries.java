package domain.scheduling;

import domain.shared.BusinessCalendar;
import domain.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Canary jobs check the scheduler end to end on a running system: each one records the instant it
 * fired, so an operator (or the crash test and the benchmark) can count lost and duplicated jobs and
 * measure lateness without touching business data.
 */
public final class Canaries implements JobHandler {
    public static final JobType TYPE = new JobType("scheduler.canary");
    public static final int MAX_PER_REQUEST = 5_000;
    public static final Duration MAX_DELAY = Duration.ofDays(366);

    private final Jobs jobs;
    private final CanaryFirings firings;
    private final BusinessCalendar calendar;

    public Canaries(Jobs jobs, CanaryFirings firings, BusinessCalendar calendar) {
        this.jobs = jobs;
        this.firings = firings;
        this.calendar = calendar;
    }

    /** Schedules one canary per delay, each due that long from now. */
    public List<Job> schedule(List<Duration> delays) {
        if (delays.isEmpty() || delays.size() > MAX_PER_REQUEST) {
            throw InvalidInputException.of("delaysMs", "must hold between 1 and " + MAX_PER_REQUEST + " delays");
        }
        Instant now = calendar.now();
        List<Job> scheduled = new ArrayList<>(delays.size());
        for (Duration delay : delays) {
            if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
                throw InvalidInputException.of("delaysMs", "each delay must be between 0 and " + MAX_DELAY.toDays() + " days");
            }
            Job job = Job.from(new JobRequest(TYPE, "canary", "", now.plus(delay), "canary:" + UUID.randomUUID()), now);
            scheduled.add(job);
        }
        jobs.add(scheduled);
        return scheduled;
    }

    @Override
    public JobType type() {
        return TYPE;
    }

    @Override
    public void handle(Job job) {
        firings.record(job.id(), job.dueAt(), calendar.now());
    }
}
