package domain.shared;

/** Someone else changed the same thing first; the caller may reload and retry. */
public final class ConcurrentUpdateException extends DomainException {
    public ConcurrentUpdateException(String kind, Object id) {
        super(kind + " " + id + " was changed by another request; reload it and retry");
    }
}
