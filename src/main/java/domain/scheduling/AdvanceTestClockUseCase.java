package domain.scheduling;

import java.time.Instant;

/** Inbound port: an integrator moves the sandbox's clock forward and watches what falls due happen. */
public interface AdvanceTestClockUseCase {
    /** Where the clock stands; {@code target} while advancing, {@code detail} when an advance stalled. */
    record Status(State state, Instant now, Instant target, long steps, String detail) { }

    enum State { READY, ADVANCING, STALLED }

    Status status();

    /** Starts moving the clock to {@code target}; the status says ADVANCING until it is there. */
    Status advanceTo(Instant target);
}
