package domain.delivery;

import domain.catalog.ShopId;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where deliveries are kept. Updates check the version they were read at. */
public interface Deliveries {
    void add(Collection<Delivery> deliveries);

    void update(Collection<Delivery> deliveries);

    void remove(Collection<Delivery> deliveries);

    Optional<Delivery> byId(UUID id);

    /**
     * The subscription's deliveries not handed to the shop yet ({@link DeliveryState#isAhead}), soonest
     * first: scheduled or skipped ones dated on or after the day, and every one being paid or paid
     * whatever its date (a payment retried after the date).
     */
    List<Delivery> aheadOf(UUID subscriptionId, LocalDate from);

    /** Locks these deliveries (in id order) until the transaction ends. */
    void lock(Collection<Delivery> deliveries);

    /** How many of the subscription's latest billed cycles in a row were cancelled unpaid. */
    int unpaidInARow(UUID subscriptionId);

    /** The highest cycle number the subscription has a delivery for, or -1. */
    int lastCycleOf(UUID subscriptionId);

    Page<Delivery> ofUser(String userId, UUID subscriptionOrNull, DeliveryTimeframe timeframe, LocalDate today, PageRequest page);

    Page<Delivery> ofShop(ShopId shop, ShopDeliveryFilter filter, PageRequest page);
}
