package domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.PlanKind;
import domain.catalog.ShopId;
import domain.delivery.DeliveryAddress;
import domain.shared.BusinessCalendar;
import domain.shared.DomainEvent;
import domain.shared.EventContext;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.StateConflictException;
import domain.subscription.Subscription;
import domain.subscription.SubscriptionState;
import domain.subscription.Subscriptions;
import domain.wallet.InMemoryWallets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CloseAccountTest {
    /** 01:00 on 1 January 2027 in Seoul, still 2026 in UTC: the kept-until date follows the Seoul calendar. */
    private static final Instant NOW = Instant.parse("2026-12-31T16:00:00Z");
    private static final String USER = "user-1";

    private final InMemorySubscriptions subscriptions = new InMemorySubscriptions();
    private final InMemoryWallets wallets = new InMemoryWallets();
    private final RecordingPersonalData personalData = new RecordingPersonalData();
    private final InMemoryClosedAccounts closedAccounts = new InMemoryClosedAccounts();
    private final List<DomainEvent> events = new ArrayList<>();
    private final CloseAccount service = new CloseAccount(closedAccounts, personalData, subscriptions, wallets, events::addAll,
            new BusinessCalendar(Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void closingErasesThePersonalDataRecordsTheClosureAndTellsTheConsumers() {
        Subscription cancelled = subscriptions.add(SubscriptionState.CANCELLED);
        Subscription ended = subscriptions.add(SubscriptionState.ENDED);
        wallets.walletBalances.put(USER, 0L);

        AccountClosure closure = service.close(USER);

        assertThat(closure.userId()).isEqualTo(USER);
        assertThat(closure.closedAt()).isEqualTo(NOW);
        assertThat(closure.paymentRecordsKeptUntil()).isEqualTo(LocalDate.of(2032, 1, 1));
        assertThat(closure.subscriptionIds()).containsExactlyInAnyOrder(cancelled.id(), ended.id());
        assertThat(personalData.erased).containsExactly(USER);
        assertThat(closedAccounts.closures).containsEntry(USER, closure);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event).isInstanceOf(AccountClosed.class);
            assertThat(event.type()).isEqualTo("account.closed");
            assertThat(event.context()).isEqualTo(EventContext.ACCOUNTS);
            assertThat(event.subject()).isEqualTo(USER);
            assertThat(event.resource()).isEqualTo(closure);
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aUserWithoutSubscriptionsOrWalletCloses() {
        AccountClosure closure = service.close(USER);
        assertThat(closure.subscriptionIds()).isEmpty();
        assertThat(personalData.erased).containsExactly(USER);
    }

    @ParameterizedTest
    @EnumSource(value = SubscriptionState.class, names = {"ACTIVE", "PAUSED", "SUSPENDED"})
    void aSubscriptionStillRunningIsCancelledFirst(SubscriptionState state) {
        subscriptions.add(SubscriptionState.CANCELLED);
        Subscription running = subscriptions.add(state);
        assertRefused("holding subscription " + running.id() + " (" + state + ")", "cancel it first");
    }

    @Test
    void moneyInTheWalletIsRefundedFirst() {
        wallets.walletBalances.put(USER, 1L);
        assertRefused("holding 1 KRW", "refund the wallet's balance");
    }

    @Test
    void aDeliveryOnItsWayStillNeedsTheAddress() {
        personalData.deliveriesOnTheirWay = 1;
        assertRefused("waiting for 1 delivery(ies) on their way", "once they have arrived");
    }

    @Test
    void moneyStillSettlingIsWaitedFor() {
        personalData.moneyStillSettling = 2;
        assertRefused("settling 2 top-up(s) or refund(s)", "wait until the payment gateway has settled them");
    }

    @Test
    void closingTwiceAnswersTheFirstClosureAndErasesAndPublishesOnce() {
        subscriptions.add(SubscriptionState.CANCELLED);
        AccountClosure first = service.close(USER);
        assertThat(service.close(USER)).isEqualTo(first);
        assertThat(personalData.erased).hasSize(1);
        assertThat(events).hasSize(1);
    }

    @Test
    void aClosedAccountStartsNothingNew() {
        service.requireOpen(USER);
        service.close(USER);
        assertThatThrownBy(() -> service.requireOpen(USER)).isInstanceOf(AccountClosedException.class)
                .hasMessageContaining(USER).hasMessageContaining("closed");
        service.requireOpen("someone-else");
        assertThat(closedAccounts.holds).containsExactly(USER, USER, "someone-else");
    }

    @Test
    void everyPageOfSubscriptionsIsLookedAt() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < PageRequest.MAX_LIMIT * 2 + 1; i++) ids.add(subscriptions.add(SubscriptionState.CANCELLED).id());
        assertThat(service.close(USER).subscriptionIds()).containsExactlyInAnyOrderElementsOf(ids);

        // ... and a running one on the last page refuses the closure.
        CloseAccountTest other = new CloseAccountTest();
        for (int i = 0; i < PageRequest.MAX_LIMIT * 2; i++) other.subscriptions.add(SubscriptionState.ENDED);
        other.subscriptions.add(SubscriptionState.PAUSED);
        assertThatThrownBy(() -> other.service.close(USER)).isInstanceOf(StateConflictException.class);
    }

    private void assertRefused(String state, String why) {
        assertThatThrownBy(() -> service.close(USER)).isInstanceOfSatisfying(StateConflictException.class, refused -> {
            assertThat(refused.currentState()).isEqualTo(state);
            assertThat(refused.action()).isEqualTo("close");
            assertThat(refused.getMessage()).startsWith("cannot close a user account that is " + state).contains(why);
        });
        assertThat(personalData.erased).isEmpty();
        assertThat(closedAccounts.closures).isEmpty();
        assertThat(events).isEmpty();
        assertThat(closedAccounts.lockedForClosing).containsExactly(USER);
    }

    private static final class InMemorySubscriptions implements Subscriptions {
        /** Oldest first; pages are handed out newest first, as the database does. */
        private final List<Subscription> all = new ArrayList<>();

        Subscription add(SubscriptionState state) {
            Subscription s = new Subscription(UUID.randomUUID(), USER, ShopId.random(), UUID.randomUUID(), PlanKind.REGULAR_DELIVERY, 1,
                    new DeliveryAddress("김민지", "010-1234-5678", "판교역로 1", null, "13529"), LocalDate.of(2026, 12, 10), state,
                    LocalDate.of(2026, 12, 10), 0, null, null, null, NOW, 0);
            add(s, 0);
            return s;
        }

        @Override
        public void add(Subscription subscription, long priceTaken) {
            all.add(subscription);
        }

        @Override
        public void takePrice(UUID subscriptionId, UUID planId, long price) {
            throw new UnsupportedOperationException("closing an account changes no plan");
        }

        @Override
        public long priceTaken(UUID subscriptionId, UUID planId) {
            throw new UnsupportedOperationException("closing an account charges nothing");
        }

        @Override
        public void update(Subscription subscription) {
            throw new UnsupportedOperationException("closing an account changes no subscription");
        }

        @Override
        public Optional<Subscription> byId(UUID id) {
            return all.stream().filter(s -> s.id().equals(id)).findFirst();
        }

        @Override
        public Page<Subscription> ofUser(String userId, PageRequest page) {
            List<Subscription> mine = new ArrayList<>(all.stream().filter(s -> s.userId().equals(userId)).toList());
            java.util.Collections.reverse(mine);
            int from = page.after() == null ? 0 : Integer.parseInt(page.after());
            int to = Math.min(mine.size(), from + page.limit());
            return new Page<>(mine.subList(from, to), to < mine.size() ? String.valueOf(to) : null);
        }
    }

    private static final class RecordingPersonalData implements PersonalData {
        final List<String> erased = new ArrayList<>();
        int deliveriesOnTheirWay;
        int moneyStillSettling;

        @Override
        public int deliveriesOnTheirWay(String userId) {
            return deliveriesOnTheirWay;
        }

        @Override
        public int moneyStillSettling(String userId) {
            return moneyStillSettling;
        }

        @Override
        public void eraseOf(String userId) {
            erased.add(userId);
        }
    }

    private static final class InMemoryClosedAccounts implements ClosedAccounts {
        final Map<String, AccountClosure> closures = new HashMap<>();
        final List<String> holds = new ArrayList<>();
        final List<String> lockedForClosing = new ArrayList<>();

        @Override
        public Optional<AccountClosure> holdOpen(String userId) {
            holds.add(userId);
            return Optional.ofNullable(closures.get(userId));
        }

        @Override
        public Optional<AccountClosure> lockForClosing(String userId) {
            lockedForClosing.add(userId);
            return Optional.ofNullable(closures.get(userId));
        }

        @Override
        public void add(AccountClosure closure) {
            if (closures.putIfAbsent(closure.userId(), closure) != null) throw new IllegalStateException("closed twice");
        }
    }
}
