package domain.shared;

/** The thing does not exist, or it belongs to someone else (we never reveal which). */
public final class NotFoundException extends DomainException {
    private final String kind;
    private final String id;

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " was not found");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    public String kind() { return kind; }
    public String id() { return id; }
}
