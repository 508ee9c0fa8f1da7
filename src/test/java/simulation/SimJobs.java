package simulation;

import domain.scheduling.Job;
import domain.scheduling.JobState;
import domain.scheduling.JobType;
import domain.scheduling.Jobs;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Jobs, with the live-key rule of the table's unique index, and the scheduled ones by due time: the
 * simulation plays the relay, RabbitMQ and the consumers by running each when the clock passes it.
 */
final class SimJobs implements Jobs {
    private final TxMap<UUID, Job> byId = TxMap.inserted();
    private final TxMap<String, UUID> liveByKey = TxMap.inserted();
    private final TxMap<String, UUID> scheduledByDue = TxMap.sorted();
    /** Each job's place in the order jobs were added: the tie-break between jobs due at the same instant. */
    private final TxMap<UUID, Long> addedAs = TxMap.inserted();
    private long added; // like a sequence: a rollback does not give its numbers back

    @Override
    public void add(Collection<Job> jobs) {
        for (Job job : jobs) {
            if (liveByKey.containsKey(job.dedupKey())) continue;
            addedAs.put(job.id(), ++added);
            store(null, job);
        }
    }

    @Override
    public void update(Job job) {
        Job before = byId.get(job.id());
        if (before != null) store(before, job); // like the UPDATE of a row that is not there: nothing
    }

    @Override
    public void cancelLive(Collection<String> dedupKeys, Instant now) {
        for (String key : dedupKeys) {
            UUID id = liveByKey.get(key);
            if (id != null) update(byId.get(id).cancel(now));
        }
    }

    @Override
    public void cancelLiveOf(JobType type, String subjectId, Instant now) {
        // Live jobs are few: scanning them is fine for a simulation.
        for (UUID id : List.copyOf(liveByKey.values())) {
            Job job = byId.get(id);
            if (job.type().equals(type) && job.subjectId().equals(subjectId)) update(job.cancel(now));
        }
    }

    @Override
    public Optional<Job> liveByDedupKey(String dedupKey) {
        UUID id = liveByKey.get(dedupKey);
        return id == null ? Optional.empty() : Optional.of(byId.get(id));
    }

    @Override
    public Optional<Job> byId(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Job> lockForRun(UUID id) {
        return byId(id);
    }

    @Override
    public Page<Job> find(String subjectIdOrNull, JobState stateOrNull, PageRequest page) {
        throw new UnsupportedOperationException("not used by the simulation");
    }

    @Override
    public List<Job> claimUnsent(int limit) {
        return List.of(); // the simulation runs jobs directly: nothing is sent
    }

    @Override
    public void markSent(Collection<Job> jobs, Instant sentAt) {
    }

    @Override
    public List<Job> overdue(Instant before, int limit) {
        return List.of();
    }

    @Override
    public void resendAsIs(Collection<Job> jobs) {
    }

    /** The scheduled job due first, if it is due by {@code now}. */
    Optional<Job> nextDueBy(Instant now) {
        for (UUID id : scheduledByDue.upTo(dueKey(now, Long.MAX_VALUE))) return Optional.of(byId.get(id));
        return Optional.empty();
    }

    /** When the next scheduled job is due. */
    Optional<Instant> nextDueAt() {
        for (UUID id : scheduledByDue.values()) return Optional.of(byId.get(id).dueAt());
        return Optional.empty();
    }

    Collection<Job> all() {
        return byId.values();
    }

    private void store(Job before, Job after) {
        if (before != null) {
            if (before.state().isLive()) liveByKey.remove(before.dedupKey());
            if (before.state() == JobState.SCHEDULED) scheduledByDue.remove(dueKey(before));
        }
        if (after.state().isLive()) {
            UUID other = liveByKey.get(after.dedupKey());
            if (other != null && !other.equals(after.id())) throw new IllegalStateException("jobs_live_dedup_key: " + after.dedupKey());
            liveByKey.put(after.dedupKey(), after.id());
        }
        if (after.state() == JobState.SCHEDULED) scheduledByDue.put(dueKey(after), after.id());
        byId.put(after.id(), after);
    }

    private String dueKey(Job job) {
        return dueKey(job.dueAt(), addedAs.get(job.id()));
    }

    /**
     * Sorts by instant (seconds padded, then nanoseconds), then by the order the jobs were added: not by id, whose
     * random order would make two runs of one seed run same-instant jobs in different orders.
     */
    private static String dueKey(Instant at, long addedAs) {
        return String.format("%015d.%09d|%019d", at.getEpochSecond(), at.getNano(), addedAs);
    }
}
