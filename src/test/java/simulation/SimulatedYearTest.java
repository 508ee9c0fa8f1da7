package simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A simulated year of 1,000 subscriptions in every build (the long run: {@code docker/simulate}). On a broken
 * rule it prints the seed, the rule and the shortest sequence of actions it found that still breaks one.
 * {@code -Dsim.seed}, {@code -Dsim.subscriptions}, {@code -Dsim.actions} change the run.
 */
class SimulatedYearTest {

    @Test
    void aYearOfSubscriptionsKeepsEveryRule() {
        long seed = Long.getLong("sim.seed", 20_261_206L);
        int subscriptions = Integer.getInteger("sim.subscriptions", 1_000);
        int actions = Integer.getInteger("sim.actions", 20_000);
        Simulation.Settings settings = Simulation.Settings.of(seed, subscriptions, actions);
        List<Simulation.Action> planned = Simulation.actions(settings);

        Simulation.Outcome outcome = Simulation.run(settings, planned);

        System.out.printf("simulation seed=%d: %d subscriptions, %d actions run (%d refused, %d crashed half-way), %d jobs run, "
                        + "%d invariant checks (15 rules, on each user a step touched, and on everyone daily), %.0f actions/s in %d s, %s, "
                        + "fingerprint %s (the same for every run of this seed)%n",
                seed, subscriptions, outcome.actionsRun(), outcome.refused(), outcome.crashes(), outcome.jobsRun(), outcome.checks(),
                outcome.actionsRun() / Math.max(0.001, outcome.took().toMillis() / 1000.0), outcome.took().toSeconds(),
                outcome.passed() ? "0 violations" : outcome.violations().size() + " violations", outcome.fingerprint());
        if (!outcome.passed()) {
            List<Simulation.Action> failing = planned.subList(0, outcome.failedAction() + 1);
            // About a minute's replaying at a few thousand actions a second, more for a long run's failure.
            List<Simulation.Action> shortest = Simulation.shrink(settings, failing, Math.max(250_000, 5L * failing.size()));
            StringBuilder report = new StringBuilder("seed " + seed + " broke: " + String.join("\n", outcome.violations())
                    + "\nshortest sequence found (" + shortest.size() + " of " + failing.size() + " actions):\n");
            for (Simulation.Action action : shortest) report.append("  ").append(action.describe(Simulation.START)).append('\n');
            Simulation.Outcome again = Simulation.run(settings, shortest);
            report.append("which breaks: ").append(String.join("\n", again.violations()));
            System.out.println(report);
            assertThat(outcome.violations()).as(report.toString()).isEmpty();
        }
    }
}
