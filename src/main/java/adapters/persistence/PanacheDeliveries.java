package adapters.persistence;

import domain.catalog.ShopId;
import domain.delivery.Deliveries;
import domain.delivery.Delivery;
import domain.delivery.DeliveryState;
import domain.delivery.DeliveryTimeframe;
import domain.delivery.Shipment;
import domain.delivery.ShopDeliveryFilter;
import domain.delivery.SkipReason;
import domain.shared.ConcurrentUpdateException;
import domain.shared.Page;
import domain.shared.PageRequest;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class PanacheDeliveries implements Deliveries {
    private static final List<String> OPEN = List.of(DeliveryState.SCHEDULED.name(), DeliveryState.SKIPPED.name());
    private static final List<String> BEING_PAID = List.of(DeliveryState.PAYMENT_PENDING.name(), DeliveryState.PAID.name());
    private static final List<String> FINISHED = List.of(DeliveryState.DELIVERED.name(), DeliveryState.CANCELLED.name());

    private final Sql sql;

    PanacheDeliveries(DataSource dataSource) {
        this.sql = new Sql(dataSource, "delivery");
    }

    /**
     * New deliveries go in as one multi-row INSERT in plain JDBC: a subscription writes several at once,
     * and the entity life cycle for rows nobody reads back in the transaction cost a third of a
     * subscribe's CPU. It bypasses the ORM session, so it runs after the caller's entity changes are
     * flushed (saving a subscription flushes them) and after its subscription row exists.
     */
    @Override
    public void add(Collection<Delivery> deliveries) {
        if (deliveries.isEmpty()) return;
        StringBuilder insert = new StringBuilder("""
                INSERT INTO deliveries (id, subscription_id, user_id, shop_id, plan_id, cycle_number, original_date,
                  delivery_date, quantity, recipient, phone, address_line1, address_line2, postal_code, state,
                  skip_reason, version) VALUES\s""");
        for (int i = 0; i < deliveries.size(); i++) {
            insert.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        sql.update(insert.toString(), statement -> {
            int p = 1;
            for (Delivery d : deliveries) {
                statement.setObject(p++, d.id());
                statement.setObject(p++, d.subscriptionId());
                statement.setString(p++, d.userId());
                statement.setObject(p++, d.shopId().value());
                statement.setObject(p++, d.planId());
                statement.setInt(p++, d.cycleNumber());
                statement.setObject(p++, d.originalDate());
                statement.setObject(p++, d.date());
                statement.setInt(p++, d.quantity());
                statement.setString(p++, d.address().recipient());
                statement.setString(p++, d.address().phone());
                statement.setString(p++, d.address().line1());
                statement.setString(p++, d.address().line2());
                statement.setString(p++, d.address().postalCode());
                statement.setString(p++, d.state().name());
                statement.setString(p++, d.skipReason() == null ? null : d.skipReason().name());
                statement.setLong(p++, d.version());
            }
        });
    }

    @Override
    public void update(Collection<Delivery> deliveries) {
        if (deliveries.isEmpty()) return;
        for (Delivery d : deliveries) {
            DeliveryEntity e = DeliveryEntity.findById(d.id());
            if (e == null || e.version != d.version()) throw new ConcurrentUpdateException("delivery", d.id());
            copy(d, e);
        }
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException lost) {
            throw new ConcurrentUpdateException("delivery", deliveries.iterator().next().id());
        }
    }

    @Override
    public void remove(Collection<Delivery> deliveries) {
        if (deliveries.isEmpty()) return;
        // Only deliveries still open: one that billing has charged meanwhile is not removed (409, retry).
        long removed = DeliveryEntity.delete("id in ?1 and state in ?2", deliveries.stream().map(Delivery::id).toList(), OPEN);
        if (removed != deliveries.size()) throw new ConcurrentUpdateException("delivery", deliveries.iterator().next().id());
    }

    @Override
    public void lock(Collection<Delivery> deliveries) {
        if (deliveries.isEmpty()) return;
        DeliveryEntity.find("id in ?1 order by id", deliveries.stream().map(Delivery::id).toList())
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
    }

    @Override
    public Optional<Delivery> byId(UUID id) {
        return DeliveryEntity.<DeliveryEntity>findByIdOptional(id).map(PanacheDeliveries::toDomain);
    }

    @Override
    public List<Delivery> aheadOf(UUID subscriptionId, LocalDate from) {
        return DeliveryEntity.<DeliveryEntity>find(
                        "subscriptionId = ?1 and ((state in ?2 and deliveryDate >= ?3) or state in ?4) order by deliveryDate, cycleNumber",
                        subscriptionId, OPEN, from, BEING_PAID)
                .stream().map(PanacheDeliveries::toDomain).toList();
    }

    @Override
    public int unpaidInARow(UUID subscriptionId) {
        // The billed cycles, newest first; count the unpaid ones until the first that was paid.
        Object count = Panache.getEntityManager().createNativeQuery("""
                        SELECT count(*) FROM deliveries d
                        WHERE d.subscription_id = ?1 AND d.state = 'CANCELLED' AND d.skip_reason = 'UNPAID'
                          AND d.cycle_number > coalesce((SELECT max(p.cycle_number) FROM deliveries p
                                                         WHERE p.subscription_id = ?1
                                                           AND p.state IN ('PAID', 'DISPATCHED', 'SHIPPED', 'DELIVERED')), -1)""")
                .setParameter(1, subscriptionId).getSingleResult();
        return ((Number) count).intValue();
    }

    @Override
    public int lastCycleOf(UUID subscriptionId) {
        Integer last = Panache.getEntityManager()
                .createQuery("select max(d.cycleNumber) from DeliveryEntity d where d.subscriptionId = ?1", Integer.class)
                .setParameter(1, subscriptionId).getSingleResult();
        return last == null ? -1 : last;
    }

    @Override
    public Page<Delivery> ofUser(String userId, UUID subscriptionOrNull, DeliveryTimeframe timeframe, LocalDate today, PageRequest page) {
        // One subscription's list is found by the subscription alone: with the user in the query too,
        // PostgreSQL may intersect the per-user index, which for a heavy subscriber covers every delivery
        // they ever had. The user is still checked below: a subscription's deliveries all carry its owner.
        String filter;
        Parameters parameters = Parameters.with("today", today).and("finished", FINISHED);
        if (subscriptionOrNull != null) {
            filter = "subscriptionId = :subscription";
            parameters = parameters.and("subscription", subscriptionOrNull);
        } else {
            filter = "userId = :user";
            parameters = parameters.and("user", userId);
        }
        boolean upcoming = timeframe == DeliveryTimeframe.UPCOMING;
        filter += upcoming
                ? " and deliveryDate >= :today and state not in :finished"
                : " and (deliveryDate < :today or state in :finished)";
        Page<Delivery> found = byDate(filter, parameters, upcoming, page);
        boolean someoneElses = found.items().stream().anyMatch(d -> !d.userId().equals(userId));
        return someoneElses ? new Page<>(List.of(), null) : found;
    }

    @Override
    public Page<Delivery> ofShop(ShopId shop, ShopDeliveryFilter wanted, PageRequest page) {
        String filter = "shopId = :shop";
        Parameters parameters = Parameters.with("shop", shop.value());
        if (wanted.state() != null) {
            filter += " and state = :state";
            parameters = parameters.and("state", wanted.state().name());
        }
        if (wanted.from() != null) {
            filter += " and deliveryDate >= :from";
            parameters = parameters.and("from", wanted.from());
        }
        if (wanted.to() != null) {
            filter += " and deliveryDate <= :to";
            parameters = parameters.and("to", wanted.to());
        }
        return byDate(filter, parameters, true, page);
    }

    private Page<Delivery> byDate(String filter, Parameters parameters, boolean ascending, PageRequest page) {
        String query = filter;
        if (page.after() != null) {
            Cursor c = Cursor.decode(page.after());
            parameters = parameters.and("at", c.date()).and("id", c.id());
            query += ascending
                    ? " and (deliveryDate > :at or (deliveryDate = :at and id > :id))"
                    : " and (deliveryDate < :at or (deliveryDate = :at and id < :id))";
        }
        query += ascending ? " order by deliveryDate, id" : " order by deliveryDate desc, id desc";
        List<DeliveryEntity> rows = DeliveryEntity.<DeliveryEntity>find(query, parameters).range(0, page.limit()).list();
        return Paging.page(rows, page, e -> e.deliveryDate.toString(), e -> e.id, PanacheDeliveries::toDomain);
    }

    private static void copy(Delivery d, DeliveryEntity e) {
        e.planId = d.planId();
        e.deliveryDate = d.date();
        e.quantity = d.quantity();
        e.address = AddressColumns.of(d.address());
        e.state = d.state().name();
        e.skipReason = d.skipReason() == null ? null : d.skipReason().name();
        e.carrier = d.shipment() == null ? null : d.shipment().carrier();
        e.trackingNumber = d.shipment() == null ? null : d.shipment().trackingNumber();
        e.shippedAt = d.shipment() == null ? null : d.shipment().shippedAt();
        e.deliveredAt = d.deliveredAt();
    }

    private static Delivery toDomain(DeliveryEntity e) {
        Shipment shipment = e.carrier == null ? null : new Shipment(e.carrier, e.trackingNumber, e.shippedAt);
        return new Delivery(e.id, e.subscriptionId, e.userId, new ShopId(e.shopId), e.planId, e.cycleNumber,
                e.originalDate, e.deliveryDate, e.quantity,
                e.address.toDomain(),
                DeliveryState.valueOf(e.state), e.skipReason == null ? null : SkipReason.valueOf(e.skipReason),
                shipment, e.deliveredAt, e.version);
    }
}
