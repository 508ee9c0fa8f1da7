package domain.scheduling;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Jobs} in a map, with the real adapter's rule of one live job per de-duplication key. */
public final class InMemoryJobs implements Jobs {
    private final Map<UUID, Job> stored = new LinkedHashMap<>();
    private final Map<UUID, Long> sentGeneration = new HashMap<>();
    private final Map<UUID, Instant> sentAt = new HashMap<>();

    @Override
    public void add(Collection<Job> jobs) {
        for (Job job : jobs) {
            if (liveByDedupKey(job.dedupKey()).isEmpty()) stored.put(job.id(), job);
        }
    }

    @Override
    public void update(Job job) {
        if (!stored.containsKey(job.id())) throw new IllegalStateException("no job " + job.id());
        stored.put(job.id(), job);
    }

    @Override
    public void cancelLiveOf(JobType type, String subjectId, Instant now) {
        stored.values().stream().filter(j -> j.type().equals(type) && j.subjectId().equals(subjectId) && j.state().isLive())
                .toList().forEach(job -> stored.put(job.id(), job.cancel(now)));
    }

    @Override
    public void cancelLive(Collection<String> dedupKeys, Instant now) {
        for (String key : dedupKeys) liveByDedupKey(key).ifPresent(job -> stored.put(job.id(), job.cancel(now)));
    }

    @Override
    public Optional<Job> liveByDedupKey(String dedupKey) {
        return stored.values().stream().filter(j -> j.dedupKey().equals(dedupKey) && j.state().isLive()).findFirst();
    }

    @Override
    public Optional<Job> byId(UUID id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Optional<Job> lockForRun(UUID id) {
        return byId(id);
    }

    @Override
    public Page<Job> find(String subjectIdOrNull, JobState stateOrNull, PageRequest page) {
        List<Job> found = stored.values().stream()
                .filter(j -> subjectIdOrNull == null || j.subjectId().equals(subjectIdOrNull))
                .filter(j -> stateOrNull == null || j.state() == stateOrNull)
                .limit(page.limit()).toList();
        return new Page<>(found, null);
    }

    @Override
    public List<Job> claimUnsent(int limit) {
        return stored.values().stream()
                .filter(j -> j.state() == JobState.SCHEDULED && sentGeneration.getOrDefault(j.id(), 0L) < j.generation())
                .sorted(Comparator.comparing(Job::dueAt)).limit(limit).toList();
    }

    @Override
    public void markSent(Collection<Job> jobs, Instant at) {
        for (Job job : jobs) {
            sentGeneration.merge(job.id(), job.generation(), Math::max);
            sentAt.put(job.id(), at);
        }
    }

    @Override
    public List<Job> overdue(Instant before, int limit) {
        return stored.values().stream()
                .filter(j -> j.state() == JobState.SCHEDULED && j.dueAt().isBefore(before)
                        && sentGeneration.getOrDefault(j.id(), 0L) == j.generation()
                        && sentAt.getOrDefault(j.id(), Instant.MAX).isBefore(before))
                .limit(limit).toList();
    }

    @Override
    public void resendAsIs(Collection<Job> jobs) {
        for (Job job : jobs) sentGeneration.put(job.id(), stored.get(job.id()).generation() - 1);
    }

    /** Every job, live or not, in the order it was added. */
    public List<Job> all() {
        return new ArrayList<>(stored.values());
    }

    /** The live job with this key. */
    public Job live(String dedupKey) {
        return liveByDedupKey(dedupKey).orElseThrow(() -> new AssertionError("no live job " + dedupKey));
    }
}
