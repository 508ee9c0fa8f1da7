package domain.subscription;

import domain.delivery.Delivery;
import domain.delivery.PauseWindow;
import domain.delivery.SkipReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a pause or a suspension does to the deliveries not handed to the shop yet: none of them goes to
 * the shop while it lasts, and none is charged for.
 * <ul>
 *   <li>a scheduled delivery inside it is skipped, and comes back if the subscriber resumes before its date;</li>
 *   <li>one still being paid is skipped too (its retries stop); one being paid after its date, which would
 *       go the moment it is paid, is called off;</li>
 *   <li>a paid one inside it, or paid after its date and not gone yet, is refunded in full and called off:
 *       each delivery is charged once, so an early resume does not bring it back.</li>
 * </ul>
 */
final class PauseEffects {

    /** The deliveries to change, and those among them whose payment is refunded. */
    record Outcome(List<Delivery> changed, List<Delivery> refunded) { }

    private PauseEffects() {
    }

    static Outcome of(PauseWindow window, List<Delivery> ahead, LocalDate today) {
        List<Delivery> changed = new ArrayList<>();
        List<Delivery> refunded = new ArrayList<>();
        for (Delivery delivery : ahead) {
            boolean inside = window.covers(delivery.date());
            boolean overdue = delivery.date().isBefore(today);
            switch (delivery.state()) {
                case SCHEDULED -> {
                    if (inside) changed.add(delivery.skip(SkipReason.PAUSED));
                }
                case PAYMENT_PENDING -> {
                    if (inside) changed.add(delivery.skip(SkipReason.PAUSED));
                    else if (overdue) changed.add(delivery.cancelForPause());
                }
                case PAID -> {
                    if (inside || overdue) {
                        refunded.add(delivery);
                        changed.add(delivery.cancelForPause());
                    }
                }
                default -> { }
            }
        }
        return new Outcome(changed, refunded);
    }
}
