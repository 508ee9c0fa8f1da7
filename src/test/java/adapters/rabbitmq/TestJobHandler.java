package adapters.rabbitmq;

import domain.scheduling.Job;
import domain.scheduling.JobHandler;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job type for the scheduler's tests, present only in the test application. The payload says how it
 * behaves: {@code ok} succeeds; {@code fail:N} fails its first N attempts; {@code fail} fails until
 * {@link #heal} is called for its subject.
 */
@ApplicationScoped
public class TestJobHandler implements JobHandler {
    public static final JobType TYPE = new JobType("test.work");

    private final Map<String, List<Instant>> handled = new ConcurrentHashMap<>();
    private final BusinessCalendar calendar;
    private final Map<java.util.UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Set<String> healed = ConcurrentHashMap.newKeySet();

    TestJobHandler(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public JobType type() {
        return TYPE;
    }

    @Override
    public void handle(Job job) {
        int attempt = attempts.computeIfAbsent(job.id(), id -> new AtomicInteger()).incrementAndGet();
        String payload = job.payload();
        if (payload.equals("fail") && !healed.contains(job.subjectId())) throw new IllegalStateException("told to fail");
        if (payload.startsWith("fail:") && attempt <= Integer.parseInt(payload.substring(5))) {
            throw new IllegalStateException("told to fail attempt " + attempt);
        }
        handled.computeIfAbsent(job.subjectId(), s -> new CopyOnWriteArrayList<>()).add(calendar.now());
    }

    /** When the job with this subject ran successfully (more than one entry would be a duplicate). */
    public List<Instant> handled(String subjectId) {
        return handled.getOrDefault(subjectId, List.of());
    }

    public void heal(String subjectId) {
        healed.add(subjectId);
    }
}
