package domain.delivery;

import domain.shared.InvalidInputException;
import java.time.LocalDate;

/** Which of its deliveries a shop wants to see: optionally one state, optionally a range of dates (inclusive). */
public record ShopDeliveryFilter(DeliveryState state, LocalDate from, LocalDate to) {
    public ShopDeliveryFilter {
        if (from != null && to != null && to.isBefore(from)) throw InvalidInputException.of("to", "must not be before from");
    }
}
