package simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run is a function of its seed: run twice, one seed takes the same steps, ends each the same way and leaves the
 * same stores behind, so that a failure (and its shrunk sequence) is replayed from the seed alone. The domain draws
 * its ids at random; nothing the simulation does may depend on their order.
 */
class SimulationReplaysItsSeedTest {
    private static final Simulation.Settings SHORT = Simulation.Settings.of(7, 60, 2_000);

    @Test
    void oneSeedRunsTheSameTwice() {
        Simulation.Outcome first = run(SHORT);
        Simulation.Outcome second = run(SHORT);

        assertThat(first.jobsRun()).as("a run long enough to have jobs due at the same instant").isGreaterThan(1_000);
        assertThat(firstDifference(first.journal(), second.journal())).as("the steps of the second run").isEmpty();
        assertThat(firstDifference(first.finalState(), second.finalState())).as("the stores after the second run").isEmpty();
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    }

    @Test
    void anotherSeedRunsDifferently() {
        Simulation.Settings other = Simulation.Settings.of(8, SHORT.subscriptions(), SHORT.actions());

        assertThat(run(other).fingerprint()).isNotEqualTo(run(SHORT).fingerprint());
    }

    private static Simulation.Outcome run(Simulation.Settings settings) {
        Simulation.Outcome outcome = Simulation.run(settings, Simulation.actions(settings));
        assertThat(outcome.violations()).isEmpty();
        return outcome;
    }

    /** Where two lists of lines part, with the line on each side; empty if they do not. */
    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String was = i < expected.size() ? expected.get(i) : "(nothing)";
            String is = i < actual.size() ? actual.get(i) : "(nothing)";
            if (!was.equals(is)) return "line " + i + " was\n  " + was + "\nand is now\n  " + is;
        }
        return "";
    }
}
