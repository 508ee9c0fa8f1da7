package domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A lifecycle written out by hand as a grid, for the tests to hold a {@link TransitionTable} and the aggregate's
 * methods to: a header row of actions, then a row per state giving under each action the state it leads to,
 * {@code A|B} when a rule picks one of several, or {@code -} when the action is refused. Every state and every
 * action must be in it, so that it speaks for every pair.
 */
public final class TransitionGrid<S extends Enum<S>, A extends Enum<A>> {
    private final Class<S> states;
    private final Class<A> actions;
    private final Map<S, Map<A, Set<S>>> cells;

    private TransitionGrid(Class<S> states, Class<A> actions, Map<S, Map<A, Set<S>>> cells) {
        this.states = states;
        this.actions = actions;
        this.cells = cells;
    }

    public static <S extends Enum<S>, A extends Enum<A>> TransitionGrid<S, A> parse(Class<S> states, Class<A> actions, String grid) {
        List<String[]> rows = grid.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> line.split("\\s+")).toList();
        List<A> header = Arrays.stream(rows.get(0)).map(name -> Enum.valueOf(actions, name)).toList();
        if (!EnumSet.copyOf(header).equals(EnumSet.allOf(actions)) || header.size() != actions.getEnumConstants().length) {
            throw new IllegalArgumentException("the header must name every action once: " + header);
        }
        Map<S, Map<A, Set<S>>> cells = new EnumMap<>(states);
        for (String[] row : rows.subList(1, rows.size())) {
            S from = Enum.valueOf(states, row[0]);
            if (row.length != header.size() + 1) throw new IllegalArgumentException(from + " needs a cell under every action");
            Map<A, Set<S>> cellsOfRow = new EnumMap<>(actions);
            for (int i = 0; i < header.size(); i++) {
                Set<S> outcomes = EnumSet.noneOf(states);
                if (!row[i + 1].equals("-")) {
                    for (String to : row[i + 1].split("\\|")) outcomes.add(Enum.valueOf(states, to));
                }
                cellsOfRow.put(header.get(i), outcomes);
            }
            if (cells.put(from, cellsOfRow) != null) throw new IllegalArgumentException(from + " has two rows");
        }
        if (!cells.keySet().equals(EnumSet.allOf(states))) throw new IllegalArgumentException("a row is missing: " + cells.keySet());
        return new TransitionGrid<>(states, actions, cells);
    }

    /** What the grid says {@code action} leads to from {@code from}; none when refused. */
    public Set<S> outcomes(S from, A action) {
        return cells.get(from).get(action);
    }

    /**
     * Holds the table and the aggregate to the grid for one pair. The table must list what the grid says. Each
     * of the aggregate's methods for the action is called on {@code before}: where the grid allows the pair they
     * end in its states (all of them between them, when a rule picks); where it refuses it, each throws a
     * conflict naming the state and {@code verb}, and {@code before} is left as it was.
     */
    public <T> void assertPair(TransitionTable<S, A> table, S from, A action, T before, List<UnaryOperator<T>> methods,
                               Function<T, S> stateOf, String verb) {
        Set<S> expected = outcomes(from, action);
        assertThat(table.outcomes(from, action)).as("the table's %s × %s", from, action).isEqualTo(expected);
        assertThat(stateOf.apply(before)).isEqualTo(from);
        Set<S> reached = EnumSet.noneOf(states);
        for (UnaryOperator<T> method : methods) {
            String snapshot = before.toString();
            if (expected.isEmpty()) {
                assertThatThrownBy(() -> method.apply(before)).as("%s × %s", from, action)
                        .isInstanceOfSatisfying(StateConflictException.class, e -> {
                            assertThat(e.currentState()).isEqualTo(from.name());
                            assertThat(e.action()).isEqualTo(verb);
                        })
                        .hasMessageStartingWith("cannot " + verb + " a ").hasMessageEndingWith(" that is " + from.name());
            } else {
                reached.add(stateOf.apply(method.apply(before)));
            }
            assertThat(before.toString()).as("%s before %s, unchanged", from, action).isEqualTo(snapshot);
        }
        if (!expected.isEmpty()) assertThat(reached).as("where %s × %s ends", from, action).isEqualTo(expected);
    }

    /** Every (state, action) pair, for a parameterized test. */
    public Stream<Arguments> pairs() {
        return Arrays.stream(states.getEnumConstants())
                .flatMap(from -> Arrays.stream(actions.getEnumConstants()).map(action -> Arguments.of(from, action)));
    }
}
