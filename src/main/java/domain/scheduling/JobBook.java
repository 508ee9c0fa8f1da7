package domain.scheduling;

import domain.shared.BusinessCalendar;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Records, moves and cancels jobs as part of the use case that asks for them. */
public final class JobBook implements JobScheduler {
    private final Jobs jobs;
    private final BusinessCalendar calendar;

    public JobBook(Jobs jobs, BusinessCalendar calendar) {
        this.jobs = jobs;
        this.calendar = calendar;
    }

    @Override
    public void schedule(List<JobRequest> requests) {
        if (requests.isEmpty()) return;
        Instant now = calendar.now();
        jobs.add(requests.stream().map(r -> Job.from(r, now)).toList());
    }

    @Override
    public boolean reschedule(String dedupKey, Instant newDueAt) {
        return jobs.liveByDedupKey(dedupKey)
                .map(job -> {
                    jobs.update(job.rescheduleTo(newDueAt));
                    return true;
                }).orElse(false);
    }

    @Override
    public void cancel(Collection<String> dedupKeys) {
        if (!dedupKeys.isEmpty()) jobs.cancelLive(dedupKeys, calendar.now());
    }

    @Override
    public void cancelAll(JobType type, String subjectId) {
        jobs.cancelLiveOf(type, subjectId, calendar.now());
    }
}
