package domain.classification;

/** The engine behind a classifier did not answer; nothing was changed, and the caller tries again later. */
public final class ClassifierUnavailableException extends RuntimeException {
    public ClassifierUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
