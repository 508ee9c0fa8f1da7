package domain.scheduling;

import domain.shared.BusinessCalendar;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.UUID;

public final class JobAdministration implements ManageJobsUseCase {
    private final Jobs jobs;
    private final BusinessCalendar calendar;

    public JobAdministration(Jobs jobs, BusinessCalendar calendar) {
        this.jobs = jobs;
        this.calendar = calendar;
    }

    @Override
    public Page<Job> jobs(String subjectIdOrNull, JobState stateOrNull, PageRequest page) {
        return jobs.find(subjectIdOrNull, stateOrNull, page);
    }

    @Override
    public Job job(UUID id) {
        return jobs.byId(id).orElseThrow(() -> new NotFoundException("job", id));
    }

    @Override
    public Job retry(UUID id) {
        Job job = jobs.lockForRun(id).orElseThrow(() -> new NotFoundException("job", id));
        Job retried = job.retry(calendar.now());
        jobs.update(retried);
        return retried;
    }
}
