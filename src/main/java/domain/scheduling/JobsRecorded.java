package domain.scheduling;

/**
 * Jobs were recorded or moved and wait to be sent; {@code count} of them are new jobs. Announced inside
 * the transaction; the sender acts on it once the transaction has committed, so nothing is sent for work
 * that rolled back.
 */
public record JobsRecorded(int count) { }
