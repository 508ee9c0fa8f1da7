package domain.delivery;

import java.time.LocalDate;

/** Days on which nothing is delivered: from {@code from} up to, not including, {@code until}; open-ended without it. */
public record PauseWindow(LocalDate from, LocalDate until) {
    public PauseWindow {
        java.util.Objects.requireNonNull(from);
        if (until != null && !until.isAfter(from)) throw new IllegalArgumentException("a pause must end after it starts");
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    public boolean isOpenEnded() {
        return until == null;
    }
}
