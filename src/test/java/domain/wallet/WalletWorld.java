package domain.wallet;

import domain.catalog.ShopId;
import domain.scheduling.InMemoryJobs;
import domain.scheduling.JobBook;
import domain.shared.BusinessCalendar;
import domain.shared.RecordedEvents;
import domain.shared.SeparateTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import simulation.SimPayments;
import simulation.SimTopUpRefunds;
import simulation.SimTopUps;

/** The wallet services on in-memory ports, for domain tests. */
final class WalletWorld {
    final InMemoryWallets store = new InMemoryWallets();
    final SimTopUps topUpStore = new SimTopUps();
    final SimPayments paymentStore = new SimPayments();
    final InMemoryJobs jobs = new InMemoryJobs();
    final FakeGateway gateway = new FakeGateway();
    final BusinessCalendar calendar = new BusinessCalendar(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
    final SeparateTransaction separately = new SeparateTransaction() {
        @Override
        public <T> T commit(Supplier<T> work) {
            return work.get();
        }
    };
    final RecordedEvents events = new RecordedEvents();
    final FundingSourceService sources = new FundingSourceService(store, gateway, calendar);
    final TopUpService topUps = new TopUpService(store, topUpStore, store, gateway, new JobBook(jobs, calendar), separately,
            calendar, Duration.ofMinutes(2), Duration.ofHours(24), events);
    final SimTopUpRefunds refundStore = new SimTopUpRefunds();
    final TopUpRefundService topUpRefunds = new TopUpRefundService(topUpStore, refundStore, store, gateway, new JobBook(jobs, calendar),
            separately, calendar, Duration.ofMinutes(2), Duration.ofHours(24));
    final PaymentService payments = new PaymentService(store, paymentStore, store, topUps, calendar, events);
    final WalletService wallets = new WalletService(store, store, store, (shop, from, to, start, end) -> {
        throw new UnsupportedOperationException("not used by these tests");
    });

    ShopId shop(int basisPoints) {
        ShopId shop = new ShopId(UUID.randomUUID());
        store.set(shop, new Commission(basisPoints));
        return shop;
    }

    UUID card(String userId, String number) {
        return sources.link(userId, FundingKind.CARD, number).id();
    }
}
