package domain.scheduling;

/** Where a job stands. SCHEDULED and PARKED jobs are live: their de-duplication key is taken. */
public enum JobState {
    /** Waiting for its due time, or for its next attempt after a failure. */
    SCHEDULED,
    /** Its handler ran and committed. */
    DONE,
    CANCELLED,
    /** It failed as often as allowed; an admin may retry it. */
    PARKED;

    public boolean isLive() {
        return this == SCHEDULED || this == PARKED;
    }
}
