package adapters;

/**
 * The events a consumer has processed. Called in the consumer's own transaction, before its work: the first
 * delivery of an event is processed, a repeat is dropped, and a rolled-back attempt leaves no mark.
 */
public interface Inbox {
    /** True the first time {@code consumer} sees the event {@code source} + {@code id}; false on a repeat. */
    boolean firstDelivery(String consumer, String source, String id);

    /**
     * The marks among {@code marks} that {@code consumer} sees for the first time, each once (a mark given twice is
     * new at most once): a batch's in one statement.
     */
    java.util.Set<Mark> firstDeliveries(String consumer, java.util.Collection<Mark> marks);

    /** An event as the inbox knows it: its CloudEvents source and id. */
    record Mark(String source, String id) { }

    /**
     * Forgets up to {@code limit} marks made before {@code cutoff}; returns how many. A repeat can only come from a
     * topic, so a mark older than the topics' retention guards nothing.
     */
    int purgeProcessedBefore(java.time.Instant cutoff, int limit);
}
