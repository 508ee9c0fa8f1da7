package domain.shared;

/** An action that the current state of a thing does not allow. */
public final class StateConflictException extends DomainException {
    private final String currentState;
    private final String action;

    public StateConflictException(String kind, String currentState, String action) {
        super("cannot " + action + " a " + kind + " that is " + currentState);
        this.currentState = currentState;
        this.action = action;
    }

    /** With the reason the action is refused, and what to do about it. */
    public StateConflictException(String kind, String currentState, String action, String why) {
        super("cannot " + action + " a " + kind + " that is " + currentState + ": " + why);
        this.currentState = currentState;
        this.action = action;
    }

    public String currentState() { return currentState; }
    public String action() { return action; }
}
