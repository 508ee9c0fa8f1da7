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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheSubscriptions implements Subscriptions {

    @Override
    public void add(Subscription subscription) {
        SubscriptionEntity e = new SubscriptionEntity();
        e.id = subscription.id();
        e.userId = subscription.userId();
        e.shopId = subscription.shopId().value();
        e.kind = subscription.kind().name();
        e.startDate = subscription.startDate();
        e.createdAt = subscription.createdAt();
        copy(subscription, e);
        e.persist();
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
            Instant at = Cursor.parse(c.sortKey(), Instant::parse);
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
    }

    private static Subscription toDomain(SubscriptionEntity e) {
        DeliveryAddress address = e.address.toDomain();
        PauseWindow pause = e.pausedFrom == null ? null : new PauseWindow(e.pausedFrom, e.pausedUntil);
        Cancellation cancellation = e.cancellationMode == null ? null : new Cancellation(
                CancellationMode.valueOf(e.cancellationMode), e.cancelledAt, e.endsOn,
                e.earlyTerminationFee == null ? null : Money.won(e.earlyTerminationFee));
        return new Subscription(e.id, e.userId, new ShopId(e.shopId), e.planId, PlanKind.valueOf(e.kind), e.quantity,
                address, e.startDate, SubscriptionState.valueOf(e.state), e.scheduleAnchor, e.anchorCycle, pause,
                e.commitmentEndsOn, cancellation, e.createdAt, e.version);
    }
}
