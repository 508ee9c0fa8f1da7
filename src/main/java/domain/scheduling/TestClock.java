package domain.scheduling;

import domain.shared.BusinessCalendar;
import domain.shared.InvalidInputException;
import domain.shared.SeparateTransaction;
import domain.shared.StateConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The sandbox's test clock, as Stripe and Kill Bill give their integrators: one clock for the instance,
 * moved forward the way time would pass — step by step to each job's due time, waiting at each step until
 * the scheduler has run every job due by then, so that a billing run comes before the dispatch that
 * depends on it and a retry after the failure that set it. The jobs run through the same scheduler and
 * job runner as in production; those already waiting in a delay tier are sent again as they are (whichever
 * message arrives second finds the job done). Off in production, where every call is refused.
 */
public final class TestClock implements AdvanceTestClockUseCase {
    private static final int RESEND_BATCH = 500;
    private static final long POLL_MILLIS = 10;
    static final Duration LONGEST_AHEAD = Duration.ofDays(5 * 366);

    private final SandboxClock clock;
    private final TestClockOffsets offsets;
    private final JobHorizon horizon;
    private final Jobs jobs;
    private final SeparateTransaction transaction;
    private final BusinessCalendar calendar;
    private final Duration stepTimeout;
    private final Executor background;
    private volatile Status status = new Status(State.READY, null, null, 0, null);
    /** Tests start afresh each time and leave no time behind for dev mode, which shares their database. */
    private volatile boolean remembers = true;

    /** @param clock the clock the application reads, or null where it runs on real time */
    public TestClock(SandboxClock clock, TestClockOffsets offsets, JobHorizon horizon, Jobs jobs,
                     SeparateTransaction transaction, BusinessCalendar calendar, Duration stepTimeout, Executor background) {
        this.clock = clock;
        this.offsets = offsets;
        this.horizon = horizon;
        this.jobs = jobs;
        this.transaction = transaction;
        this.calendar = calendar;
        this.stepTimeout = stepTimeout;
        this.background = background;
    }

    /**
     * At start-up, before the scheduler sends anything: the clock where it was left, or, for tests, at a set
     * time of today's Seoul day, so that no test run crosses Seoul midnight.
     */
    public void start(Optional<LocalTime> atSeoulTime) {
        if (clock == null) return;
        if (atSeoulTime.isPresent()) {
            remembers = false;
            LocalDate today = LocalDate.now(Clock.systemUTC().withZone(BusinessCalendar.SEOUL));
            clock.moveTo(today.atTime(atSeoulTime.get()).atZone(BusinessCalendar.SEOUL).toInstant());
        } else {
            transaction.commit(offsets::stored).ifPresent(clock::setOffset);
        }
    }

    @Override
    public Status status() {
        requireOn();
        Status current = status;
        return new Status(current.state(), calendar.now(), current.target(), current.steps(), current.detail());
    }

    @Override
    public synchronized Status advanceTo(Instant target) {
        requireOn();
        if (status.state() == State.ADVANCING) {
            throw new StateConflictException("test clock", "ADVANCING", "advance", "it is still advancing to " + status.target());
        }
        Instant now = calendar.now();
        if (target == null) throw InvalidInputException.of("to", "is required");
        if (!target.isAfter(now)) throw InvalidInputException.of("to", "must be after the clock's time, " + now + ": a clock only moves forward");
        if (target.isAfter(now.plus(LONGEST_AHEAD))) throw InvalidInputException.of("to", "must be at most 5 years ahead of the clock");
        status = new Status(State.ADVANCING, null, target, 0, null);
        background.execute(() -> advance(target));
        return status();
    }

    private void advance(Instant target) {
        long steps = 0;
        try {
            while (true) {
                Instant now = calendar.now();
                Optional<Instant> next = transaction.commit(horizon::earliestDue);
                if (next.isEmpty() || next.get().isAfter(target)) {
                    if (target.isAfter(now)) moveTo(target);
                    status = new Status(State.READY, null, null, steps, null);
                    return;
                }
                if (next.get().isAfter(now)) moveTo(next.get());
                Instant step = calendar.now();
                status = new Status(State.ADVANCING, null, target, ++steps, null);
                sendDueAgain(step);
                if (!allRunBy(step)) {
                    long waiting = transaction.commit(() -> horizon.waitingDueBy(step));
                    status = new Status(State.STALLED, null, target, steps, waiting + " jobs due by " + step
                            + " did not run within " + stepTimeout.toSeconds() + " s: is the scheduler connected? "
                            + "Look at GET /admin/jobs, then advance again");
                    return;
                }
            }
        } catch (RuntimeException e) {
            status = new Status(State.STALLED, null, target, steps, "the advance failed: " + e.getMessage());
        }
    }

    private void moveTo(Instant at) {
        clock.moveTo(at);
        if (!remembers) return;
        Duration offset = clock.offset();
        transaction.commit(() -> {
            offsets.store(offset, at);
            return null;
        });
    }

    /** The jobs due by now whose messages still wait in a delay tier go straight to the ready queue. */
    private void sendDueAgain(Instant step) {
        Instant justAfter = step.plusNanos(1_000);
        int resent;
        do {
            resent = transaction.commit(() -> {
                List<Job> waiting = jobs.overdue(justAfter, RESEND_BATCH);
                jobs.resendAsIs(waiting);
                return waiting.size();
            });
        } while (resent == RESEND_BATCH);
    }

    private boolean allRunBy(Instant step) {
        long deadline = System.nanoTime() + stepTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (transaction.commit(() -> horizon.waitingDueBy(step)) == 0) return true;
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private void requireOn() {
        if (clock == null) throw new TestClockOffException();
    }
}
