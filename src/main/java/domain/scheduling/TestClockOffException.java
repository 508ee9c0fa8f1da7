package domain.scheduling;

import domain.shared.DomainException;

/** Asked of an instance that runs on real time, as production always does: refused. */
public final class TestClockOffException extends DomainException {
    TestClockOffException() {
        super("this instance runs on real time: test clocks are off here (they are on in dev mode, tests and the sandbox profile)");
    }
}
