package domain.shared;

/** Base of every business rule violation; adapters translate each kind into a client answer. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}
