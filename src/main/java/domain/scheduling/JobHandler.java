package domain.scheduling;

/**
 * Does the work of one job type. It runs inside the transaction that marks the job done, so its effect
 * and the job's state commit together; throwing rolls both back and counts a failed attempt.
 */
public interface JobHandler {
    JobType type();

    void handle(Job job);
}
