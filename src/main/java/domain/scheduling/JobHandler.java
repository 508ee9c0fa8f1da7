package domain.scheduling;

/**
 * Does the work of one job type. It runs inside the transaction that marks the job done, so its effect
 * and the job's state commit together; throwing rolls both back and counts a failed attempt.
 */
public interface JobHandler {
    JobType type();

    void handle(Job job);

    /** A handler that passes each job of the type to {@code action}. */
    static JobHandler of(JobType type, java.util.function.Consumer<Job> action) {
        return new JobHandler() {
            @Override
            public JobType type() {
                return type;
            }

            @Override
            public void handle(Job job) {
                action.accept(job);
            }
        };
    }
}
