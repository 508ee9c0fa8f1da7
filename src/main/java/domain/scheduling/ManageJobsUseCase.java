package domain.scheduling;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.UUID;

/** What an operator does with jobs. */
public interface ManageJobsUseCase {
    Page<Job> jobs(String subjectIdOrNull, JobState stateOrNull, PageRequest page);

    Job job(UUID id);

    /** A parked job runs again, due now. */
    Job retry(UUID id);
}
