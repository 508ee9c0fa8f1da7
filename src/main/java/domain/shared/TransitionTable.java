package domain.shared;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A lifecycle written as a table: for each state and action, the state the action leads to. A pair the table
 * does not list is refused with a {@link StateConflictException} naming the state and the action's verb (the
 * REST layer answers 409). Most actions lead to exactly one state; where the outcome also depends on something
 * besides the state (a failing job is retried or parked by its attempts), the entry lists every state it may
 * lead to, and the aggregate's rule picks one of them.
 */
public final class TransitionTable<S extends Enum<S>, A extends Enum<A>> {
    private final String kind;
    private final Function<A, String> verb;
    private final Map<S, Map<A, Set<S>>> moves;

    private TransitionTable(String kind, Function<A, String> verb, Map<S, Map<A, Set<S>>> moves) {
        this.kind = kind;
        this.verb = verb;
        this.moves = moves;
    }

    /** An empty table for a {@code kind} of thing ("delivery"); {@code verb} names an action in a refusal. */
    public static <S extends Enum<S>, A extends Enum<A>> TransitionTable<S, A> of(String kind, Function<A, String> verb) {
        return new TransitionTable<S, A>(kind, verb, Map.of());
    }

    /**
     * This table and one more entry: {@code action} takes {@code from} to {@code to} (or to one of {@code orTo},
     * by the aggregate's rule). Each pair may be listed once.
     */
    @SafeVarargs
    public final TransitionTable<S, A> on(S from, A action, S to, S... orTo) {
        if (allows(from, action)) throw new IllegalArgumentException(kind + ": " + from + " × " + action + " is listed twice");
        Map<S, Map<A, Set<S>>> more = new HashMap<>(moves);
        Map<A, Set<S>> row = new HashMap<>(moves.getOrDefault(from, Map.of()));
        row.put(action, Collections.unmodifiableSet(EnumSet.of(to, orTo)));
        more.put(from, Map.copyOf(row));
        return new TransitionTable<>(kind, verb, Map.copyOf(more));
    }

    public boolean allows(S from, A action) {
        return !outcomes(from, action).isEmpty();
    }

    /** The states {@code action} may lead to from {@code from}; none when it is refused. */
    public Set<S> outcomes(S from, A action) {
        return moves.getOrDefault(from, Map.of()).getOrDefault(action, Set.of());
    }

    /** The state {@code action} leads to from {@code from}, or a conflict when the table refuses it. */
    public S next(S from, A action) {
        Set<S> outcomes = require(from, action);
        if (outcomes.size() > 1) throw new IllegalStateException(kind + ": " + from + " × " + action + " needs a rule to pick " + outcomes);
        return outcomes.iterator().next();
    }

    /** {@code chosen}, which the aggregate's rule picked, when the table lets {@code action} lead there. */
    public S next(S from, A action, S chosen) {
        if (!require(from, action).contains(chosen)) {
            throw new IllegalStateException(kind + ": " + from + " × " + action + " cannot lead to " + chosen);
        }
        return chosen;
    }

    private Set<S> require(S from, A action) {
        Set<S> outcomes = outcomes(from, action);
        if (outcomes.isEmpty()) throw new StateConflictException(kind, from.name(), verb.apply(action));
        return outcomes;
    }
}
