package adapters.persistence;

import domain.catalog.PlanKind;
import domain.catalog.ShopId;
import domain.delivery.DeliveryAddress;
import domain.delivery.PauseWindow;
import domain.shared.ConcurrentUpdateException;
import domain.shared.Money;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.subscription.Cancellation;
import domain.subscription.CancellationMode;
import domain.subscription.Subscription;
import domain.subscription.SubscriptionState;
import domain.subscription.Subscriptions;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class PanacheSubscriptions implements Subscriptions {
    private final Sql sql;

    PanacheSubscriptions(DataSource dataSource) {
        this.sql = new Sql(dataSource, "subscription");
    }

    /**
     * A new subscription goes in by plain JDBC: subscribing is the busiest write, and the entity life
     * cycle (session, persist, flush) cost more than the insert itself. Later changes load the row again.
     */
    @Override
    public void add(Subscription s, long priceTaken) {
        Cancellation c = s.cancellation();
        DeliveryAddress a = s.address();
        // One round trip for both rows: the price is written with the subscription.
        sql.update("""
                WITH price AS (INSERT INTO subscription_prices (subscription_id, plan_id, price) VALUES (?, ?, ?))
                INSERT INTO subscriptions (id, user_id, shop_id, plan_id, kind, quantity, recipient, phone, address_line1,
                  address_line2, postal_code, start_date, state, schedule_anchor, anchor_cycle, paused_from, paused_until,
                  commitment_ends_on, cancellation_mode, cancelled_at, ends_on, early_termination_fee, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, s.id());
            statement.setObject(2, s.planId());
            statement.setLong(3, priceTaken);
            statement.setObject(4, s.id());
            statement.setString(5, s.userId());
            statement.setObject(6, s.shopId().value());
            statement.setObject(7, s.planId());
            statement.setString(8, s.kind().name());
            statement.setInt(9, s.quantity());
            statement.setString(10, a.recipient());
            statement.setString(11, a.phone());
            statement.setString(12, a.line1());
            statement.setString(13, a.line2());
            statement.setString(14, a.postalCode());
            statement.setObject(15, s.startDate());
            statement.setString(16, s.state().name());
            statement.setObject(17, s.scheduleAnchor());
            statement.setInt(18, s.anchorCycle());
            statement.setObject(19, s.pause() == null ? null : s.pause().from(), Types.DATE);
            statement.setObject(20, s.pause() == null ? null : s.pause().until(), Types.DATE);
            statement.setObject(21, s.commitmentEndsOn(), Types.DATE);
            statement.setString(22, c == null ? null : c.mode().name());
            statement.setObject(23, c == null ? null : Sql.utc(c.cancelledAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setObject(24, c == null ? null : c.endsOn(), Types.DATE);
            statement.setObject(25, c == null || c.earlyTerminationFee() == null ? null : c.earlyTerminationFee().amount(), Types.BIGINT);
            statement.setObject(26, Sql.utc(s.createdAt()));
            statement.setLong(27, s.version());
        });
    }

    @Override
    public void takePrice(UUID subscriptionId, UUID planId, long price) {
        sql.update("INSERT INTO subscription_prices (subscription_id, plan_id, price) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", s -> {
            s.setObject(1, subscriptionId);
            s.setObject(2, planId);
            s.setLong(3, price);
        });
    }

    @Override
    public long priceTaken(UUID subscriptionId, UUID planId) {
        return sql.one("SELECT price FROM subscription_prices WHERE subscription_id = ? AND plan_id = ?", s -> {
            s.setObject(1, subscriptionId);
            s.setObject(2, planId);
        }, row -> row.getLong(1)).orElseThrow(() -> new IllegalStateException("no price taken by subscription " + subscriptionId));
    }

    /**
     * Every change bumps the version, even one that only touched deliveries, so that two concurrent
     * changes to one subscription never both succeed.
     */
    @Override
    public void update(Subscription subscription) {
        SubscriptionEntity e = SubscriptionEntity.findById(subscription.id());
        if (e == null || e.version != subscription.version()) {
            throw new ConcurrentUpdateException("subscription", subscription.id());
        }
        copy(subscription, e);
        try {
            Panache.getEntityManager().lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException lost) {
            throw new ConcurrentUpdateException("subscription", subscription.id());
        }
    }

    @Override
    public Optional<Subscription> byId(UUID id) {
        return SubscriptionEntity.<SubscriptionEntity>findByIdOptional(id).map(PanacheSubscriptions::toDomain);
    }

    @Override
    public Page<Subscription> ofUser(String userId, PageRequest page) {
        List<SubscriptionEntity> rows;
        if (page.after() == null) {
            rows = SubscriptionEntity.<SubscriptionEntity>find("userId = ?1 order by createdAt desc, id desc", userId)
                    .range(0, page.limit()).list();
        } else {
            Cursor c = Cursor.decode(page.after());
            Instant at = c.instant();
            rows = SubscriptionEntity.<SubscriptionEntity>find(
                    "userId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) order by createdAt desc, id desc",
                    userId, at, c.id()).range(0, page.limit()).list();
        }
        return Paging.page(rows, page, e -> e.createdAt.toString(), e -> e.id, PanacheSubscriptions::toDomain);
    }

    private static void copy(Subscription s, SubscriptionEntity e) {
        e.planId = s.planId();
        e.quantity = s.quantity();
        e.address = AddressColumns.of(s.address());
        e.state = s.state().name();
        e.scheduleAnchor = s.scheduleAnchor();
        e.anchorCycle = s.anchorCycle();
        e.pausedFrom = s.pause() == null ? null : s.pause().from();
        e.pausedUntil = s.pause() == null ? null : s.pause().until();
        e.commitmentEndsOn = s.commitmentEndsOn();
        Cancellation c = s.cancellation();
        e.cancellationMode = c == null ? null : c.mode().name();
        e.cancelledAt = c == null ? null : c.cancelledAt();
        e.endsOn = c == null ? null : c.endsOn();
        e.earlyTerminationFee = c == null || c.earlyTerminationFee() == null ? null : c.earlyTerminationFee().amount();
        e.cancellationReason = c == null ? null : c.reason().name();
    }

    private static Subscription toDomain(SubscriptionEntity e) {
        DeliveryAddress address = e.address.toDomain();
        PauseWindow pause = e.pausedFrom == null ? null : new PauseWindow(e.pausedFrom, e.pausedUntil);
        Cancellation cancellation = e.cancellationMode == null ? null : new Cancellation(
                CancellationMode.valueOf(e.cancellationMode), e.cancelledAt, e.endsOn,
                e.earlyTerminationFee == null ? null : Money.won(e.earlyTerminationFee),
                domain.subscription.CancellationReason.valueOf(e.cancellationReason));
        return new Subscription(e.id, e.userId, new ShopId(e.shopId), e.planId, PlanKind.valueOf(e.kind), e.quantity,
                address, e.startDate, SubscriptionState.valueOf(e.state), e.scheduleAnchor, e.anchorCycle, pause,
                e.commitmentEndsOn, cancellation, e.createdAt, e.version);
    }
}
