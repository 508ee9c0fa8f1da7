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
    /** A message sent this long ago that has not run its job may be waiting in a tier timed before the clock moved. */
    private static final Duration SEND_AGAIN_AFTER = Duration.ofSeconds(1);
    static final Duration LONGEST_AHEAD = Duration.ofDays(5 * 366);

    private final SandboxClock clock;
    private final TestClockOffsets offsets;
    private final JobHorizon horizon;
    private final SeparateTransaction transaction;
    private final BusinessCalendar calendar;
    private final Duration stepTimeout;
    private final Executor background;
    private volatile Status status = new Status(State.READY, null, null, 0, null);
    /** Tests start afresh each time and leave no time behind for dev mode, which shares their database. */
    private volatile boolean remembers = true;
    /** False until the clock was set where it was left: until then it is not moved or shown, lest it go back in time. */
    private volatile boolean started;
    private Optional<LocalTime> atSeoulTime = Optional.empty();

    /** @param clock the clock the application reads, or null where it runs on real time */
    public TestClock(SandboxClock clock, TestClockOffsets offsets, JobHorizon horizon, SeparateTransaction transaction, BusinessCalendar calendar, Duration stepTimeout, Executor background) {
        this.clock = clock;
        this.offsets = offsets;
        this.horizon = horizon;
        this.transaction = transaction;
        this.calendar = calendar;
        this.stepTimeout = stepTimeout;
        this.background = background;
    }

    /**
     * At start-up, before the scheduler sends anything: the clock where it was left, or, for tests, at a set
     * time of today's Seoul day, so that no test run crosses Seoul midnight.
     */
    public synchronized void start(Optional<LocalTime> atSeoulTime) {
        if (clock == null || started) return;
        if (atSeoulTime.isPresent()) {
            remembers = false;
            LocalDate today = LocalDate.now(Clock.systemUTC().withZone(BusinessCalendar.SEOUL));
            clock.moveTo(today.atTime(atSeoulTime.get()).atZone(BusinessCalendar.SEOUL).toInstant());
            this.atSeoulTime = atSeoulTime;
        } else {
            transaction.commit(offsets::stored).ifPresent(clock::setOffset);
        }
        started = true;
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
                if (!allRunBy(step)) {
                    long waiting = transaction.commit(() -> horizon.waitingDueBy(step));
                    status = new Status(State.STALLED, null, target, steps, waiting + " jobs due by " + step
                            + " did not run within " + stepTimeout.toSeconds() + " s: is the scheduler connected? "
                            + "Look at GET /admin/jobs, then advance again");
                    return;
                }
            }
        } catch (Throwable e) {
            status = new Status(State.STALLED, null, target, steps, "the advance failed: " + e);
            if (e instanceof Error error) throw error;
        }
    }

    /** Written down first: a clock that moved but was not written down would go back in time at the next start. */
    private void moveTo(Instant at) {
        Duration offset = clock.offsetFor(at);
        if (remembers) {
            transaction.commit(() -> {
                offsets.store(offset, at);
                return null;
            });
        }
        clock.setOffset(offset);
    }

    /**
     * Waits until every job due by the step has run. Now and then the due jobs whose messages were sent a while
     * ago are sent again: those already in a delay tier when the clock moved, and those the relay was sending,
     * timed by the clock before it moved, while it moved.
     */
    private boolean allRunBy(Instant step) {
        long deadline = System.nanoTime() + stepTimeout.toNanos();
        Instant nextSend = Instant.MIN;
        while (System.nanoTime() < deadline) {
            Instant now = calendar.now();
            if (!now.isBefore(nextSend)) {
                sendAgain(step, now.minus(nextSend == Instant.MIN ? Duration.ZERO : SEND_AGAIN_AFTER));
                nextSend = now.plus(SEND_AGAIN_AFTER);
            }
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

    private void sendAgain(Instant step, Instant sentBefore) {
        int sent;
        do {
            sent = transaction.commit(() -> horizon.sendAgain(step, sentBefore, RESEND_BATCH));
        } while (sent == RESEND_BATCH);
    }

    /** A start that could not read the stored offset (the database was down) is tried again here. */
    private void requireOn() {
        if (clock == null) throw new TestClockOffException();
        if (!started) {
            try {
                start(atSeoulTime);
            } catch (RuntimeException e) {
                throw new StateConflictException("test clock", "NOT_STARTED", "use",
                        "where it was left could not be read yet: " + e.getMessage());
            }
        }
    }
}
