package adapters;

/**
 * A classifier that holds its filters and items in the process (the embedded one): it starts empty on each instance,
 * so it is filled at start-up, then kept in step with every instance's changes.
 */
public interface InProcessClassifier {

    /** Fills the classifier on this thread; other callers wait (they get "unavailable") until it is done. */
    void fill(Runnable load);

    /**
     * From now on only this thread changes its filters and items (the feed that keeps it in step); others' changes are
     * left out and their "store and classify" only classifies, so that two writers reading at different moments cannot
     * leave an older version behind the newer.
     */
    void writtenOnlyBy(Thread writer);

    /** How many filters it holds. */
    int filterCount();
}
