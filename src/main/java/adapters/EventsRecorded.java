package adapters;

/** Fired in the transaction that recorded events; the relay wakes when it commits instead of at its next poll. */
public record EventsRecorded(int count) { }
