package domain.billing;

import domain.catalog.ShopId;
import domain.scheduling.InMemoryJobs;
import domain.scheduling.Job;
import domain.scheduling.JobBook;
import domain.scheduling.JobState;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import domain.shared.RecordedEvents;
import domain.shared.SeparateTransaction;
import domain.subscription.SettleDeliveryPaymentUseCase;
import domain.subscription.SubscriptionJobs;
import domain.wallet.Commission;
import domain.wallet.FakeGateway;
import domain.wallet.FundingKind;
import domain.wallet.FundingSourceService;
import domain.wallet.InMemoryWallets;
import domain.wallet.PaymentService;
import domain.wallet.TopUpService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import simulation.SimPayments;
import simulation.SimTopUps;

/**
 * Billing on in-memory ports and the real wallet services. The clock starts on Monday 2026-03-02 at 09:00
 * in Seoul (00:00 UTC): deliveries are billed at 09:00 the day before their date, dispatched at 06:00 on it.
 */
final class BillingWorld {
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final BillingSchedule SCHEDULE = new BillingSchedule(LocalTime.of(9, 0), 1);

    final MovableClock clock = new MovableClock(START);
    final BusinessCalendar calendar = new BusinessCalendar(clock);
    final InMemoryWallets wallets = new InMemoryWallets();
    final SimPayments payments = new SimPayments();
    final SimTopUps topUpStore = new SimTopUps();
    final FakeGateway gateway = new FakeGateway();
    final InMemoryJobs jobs = new InMemoryJobs();
    final JobBook scheduler = new JobBook(jobs, calendar);
    final SeparateTransaction separately = new SeparateTransaction() {
        @Override
        public <T> T commit(Supplier<T> work) {
            return work.get();
        }
    };
    final RecordedEvents events = new RecordedEvents();
    final FundingSourceService sources = new FundingSourceService(wallets, gateway, calendar);
    final TopUpService topUps = new TopUpService(wallets, topUpStore, wallets, gateway, scheduler, separately, calendar,
            Duration.ofMinutes(2), Duration.ofHours(24), events);
    final PaymentService paymentService = new PaymentService(wallets, payments, wallets, topUps, calendar, events);
    final InMemoryDueCharges charges = new InMemoryDueCharges();
    final Settlements settlements = new Settlements(charges);
    final SubscriptionJobs subscriptionJobs = new SubscriptionJobs(LocalTime.of(6, 0));

    BillingService billing(BillingPolicy policy) {
        return new BillingService(charges, wallets, payments, wallets, paymentService, settlements, subscriptionJobs,
                scheduler, calendar, SCHEDULE, policy, events);
    }

    ShopId shop(int basisPoints) {
        ShopId shop = ShopId.random();
        wallets.set(shop, new Commission(basisPoints));
        return shop;
    }

    void deposit(String userId, long balance) {
        wallets.walletBalances.put(userId, balance);
    }

    long balance(String userId) {
        return wallets.walletBalances.getOrDefault(userId, 0L);
    }

    /** Opts the user in to auto top-ups of {@code amount} from a new default card. */
    void autoTopUp(String userId, long amount, String cardNumber) {
        sources.link(userId, FundingKind.CARD, cardNumber);
        wallets.setAutoTopUp(userId, amount);
    }

    List<Job> live(JobType type) {
        return jobs.all().stream().filter(j -> j.type().equals(type) && j.state() == JobState.SCHEDULED).toList();
    }

    /** What billing told the subscriptions about deliveries paid late or given up. */
    static final class Settlements implements SettleDeliveryPaymentUseCase {
        private final InMemoryDueCharges charges;
        final List<UUID> paid = new ArrayList<>();
        final List<UUID> retriesFailed = new ArrayList<>();
        final List<String> unpaid = new ArrayList<>();

        Settlements(InMemoryDueCharges charges) {
            this.charges = charges;
        }

        @Override
        public void settlePaid(UUID deliveryId) {
            paid.add(deliveryId);
            charges.moveTo(deliveryId, InMemoryDueCharges.State.PAID);
        }

        @Override
        public void retryFailed(UUID deliveryId) {
            retriesFailed.add(deliveryId);
        }

        @Override
        public void settleUnpaid(UUID deliveryId, int limit) {
            unpaid.add(deliveryId + " limit " + limit);
            charges.moveTo(deliveryId, InMemoryDueCharges.State.CANCELLED_UNPAID);
        }
    }
}
