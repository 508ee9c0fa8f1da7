package domain.wallet;

import domain.scheduling.Job;
import domain.scheduling.JobHandler;
import domain.scheduling.JobRequest;
import domain.scheduling.JobScheduler;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import domain.shared.EventLog;
import domain.shared.InvalidInputException;
import domain.shared.Money;
import domain.shared.NotFoundException;
import domain.shared.RequestKeyReusedException;
import domain.shared.SeparateTransaction;
import domain.shared.StateConflictException;
import domain.wallet.PaymentGateway.GatewayResult;
import domain.wallet.WalletEvent.AutoTopUpMade;
import domain.wallet.WalletEvent.TopUpDeclined;
import domain.wallet.WalletEvent.TopUpSucceeded;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Brings money in through the gateway in two steps. First the top-up is written down as PENDING, with
 * a job to settle it later, in a transaction that commits at once; only then is the gateway asked, with no
 * row locked, and the answer booked under the top-up's lock, then the wallet's. So a crash or a lost answer
 * leaves a PENDING top-up whose job asks the gateway what happened (under the same request keys) instead
 * of charging again, and nobody waits on a lock while the gateway thinks.
 */
public final class TopUpService implements TopUpUseCase, JobHandler {
    public static final JobType SETTLE = new JobType("top_up.settle");

    private final FundingSources sources;
    private final TopUps topUps;
    private final Ledger ledger;
    private final PaymentGateway gateway;
    private final JobScheduler jobs;
    private final SeparateTransaction separately;
    private final BusinessCalendar calendar;
    private final Duration settleAfter;
    private final Duration requestKeyRetention;
    private final EventLog events;

    /** @param requestKeyRetention how long a request key stands for its top-up; after it, the key names a new request */
    public TopUpService(FundingSources sources, TopUps topUps, Ledger ledger, PaymentGateway gateway, JobScheduler jobs,
                        SeparateTransaction separately, BusinessCalendar calendar, Duration settleAfter,
                        Duration requestKeyRetention, EventLog events) {
        this.requestKeyRetention = requestKeyRetention;
        this.events = events;
        this.sources = sources;
        this.topUps = topUps;
        this.ledger = ledger;
        this.gateway = gateway;
        this.jobs = jobs;
        this.separately = separately;
        this.calendar = calendar;
        this.settleAfter = settleAfter;
    }

    @Override
    public TopUp topUp(String userId, UUID sourceId, long amount, String requestKey) {
        Money.requireTransferable(amount);
        FundingSource source = sources.byId(userId, sourceId).orElseThrow(() -> new NotFoundException("funding source", sourceId));
        // A retry finds its top-up before today's balance is checked: that top-up may be what filled it. The key
        // means one top-up for as long as it is kept; after that it is a new request's.
        java.time.Instant keptSince = calendar.now().minus(requestKeyRetention);
        Optional<TopUp> earlier = requestKey == null ? Optional.empty() : topUps.byRequestKey(userId, requestKey, keptSince);
        if (earlier.isPresent() && (!earlier.get().sourceId().equals(sourceId) || earlier.get().amount() != amount)) {
            throw new RequestKeyReusedException("top-up");
        }
        // An unlinked source takes no new top-up; a retry still finds the one it made.
        if (earlier.isEmpty() && !source.isLinked()) throw new NotFoundException("funding source", sourceId);
        if (earlier.isEmpty() && ledger.wallet(userId).map(Wallet::balance).orElse(0L) + amount > Wallet.MAX_BALANCE) {
            throw InvalidInputException.of("amount.amount", "would take the wallet over its limit of " + Wallet.MAX_BALANCE + " KRW");
        }
        TopUp topUp = earlier.orElseGet(() -> separately.commit(() -> {
            // In the write-down's transaction: the store's unique key then refuses a second live top-up under it.
            if (requestKey != null) topUps.forgetRequestKey(userId, requestKey, keptSince);
            return writeDown(userId, source, amount, false, requestKey);
        }));
        try {
            return settle(topUp.id(), earlier.isPresent(), false);
        } catch (RuntimeException unfinished) {
            throw new SettlingUnfinishedException(topUp, unfinished);
        }
    }

    @Override
    public TopUp topUpOf(String userId, UUID topUpId) {
        return topUps.byId(userId, topUpId).orElseThrow(() -> new NotFoundException("top-up", topUpId));
    }

    @Override
    public domain.shared.Page<TopUp> topUps(String userId, domain.shared.PageRequest page) {
        return topUps.ofUser(userId, page);
    }

    /**
     * Tops up the user's wallet, when its owner opted in, so that {@code amount} can be charged from it. Called
     * before the caller locks anything: the gateway is asked with no row locked, and each step commits on its
     * own (the write-down, then the booking), so the caller's locks never wait on the gateway and a crash in
     * between leaves a PENDING top-up that its job settles. Answers why nothing came in (null when the wallet
     * covers the amount now, or its owner did not opt in).
     */
    public String topUpFor(String userId, long amount) {
        Wallet wallet = ledger.wallet(userId).orElse(Wallet.empty(userId));
        if (ChargeQuote.autoTopUpFor(amount, wallet.balance(), wallet.autoTopUp()) == 0) return null;
        // An earlier auto top-up whose charge rolled back after the card was charged: settle it (asking the
        // gateway) before charging the card again.
        for (TopUp earlier : topUps.pendingAutomatic(userId)) {
            if (settle(earlier.id(), true, true).isPending()) return "an earlier auto top-up is still pending at the gateway";
        }
        Optional<FundingSource> source = sources.defaultOf(userId);
        if (source.isEmpty()) return "no default funding source for auto top-up";
        AutoWriteDown written = separately.commit(() -> writeDownAutomatic(userId, source.get(), amount));
        if (written.topUp() == null) return written.reason();
        TopUp settled = settle(written.topUp().id(), false, true);
        return switch (settled.status()) {
            case SUCCEEDED -> null;
            case DECLINED -> "auto top-up declined: " + settled.declineReason();
            case PENDING -> "auto top-up pending: the gateway has not answered";
        };
    }

    /** An automatic top-up written down, or why none was (null reason: the wallet covers the amount already). */
    private record AutoWriteDown(TopUp topUp, String reason) { }

    /**
     * Under the wallet's lock, so that two charges of one wallet at once (billing lanes, a retry and a payment)
     * top it up once: the balance is read again, and no second automatic top-up goes out while one is pending.
     */
    private AutoWriteDown writeDownAutomatic(String userId, FundingSource source, long amount) {
        Wallet wallet = ledger.lockWallet(userId);
        long needed = ChargeQuote.autoTopUpFor(amount, wallet.balance(), wallet.autoTopUp());
        if (needed == 0) return new AutoWriteDown(null, null);
        if (!topUps.pendingAutomatic(userId).isEmpty()) return new AutoWriteDown(null, "an earlier auto top-up is still pending at the gateway");
        if (needed > Money.MAX_AMOUNT || wallet.balance() + needed > Wallet.MAX_BALANCE) {
            return new AutoWriteDown(null, "auto top-up would pass the wallet limit");
        }
        return new AutoWriteDown(writeDown(userId, source, needed, true, null), null);
    }

    @Override
    public JobType type() {
        return SETTLE;
    }

    /** The settle job: the top-up is still PENDING a while after it was sent, so ask the gateway first. */
    @Override
    public void handle(Job job) {
        TopUp topUp = settle(UUID.fromString(job.subjectId()), true, false);
        if (topUp.isPending()) throw new IllegalStateException("the gateway still has no outcome for top-up " + topUp.id());
    }

    private TopUp writeDown(String userId, FundingSource source, long amount, boolean automatic, String requestKey) {
        TopUp topUp = TopUp.requested(userId, source, amount, automatic, requestKey, calendar.now());
        topUps.add(topUp);
        jobs.schedule(List.of(new JobRequest(SETTLE, topUp.id().toString(), "", calendar.now().plus(settleAfter), settleKey(topUp))));
        return topUp;
    }

    /**
     * Asks the gateway about a PENDING top-up with nothing locked, then books its outcome: the top-up locked, then
     * the wallet (the one order everywhere), unless another settler booked it meanwhile. {@code bookSeparately}:
     * in a transaction of its own, for callers that must not hold the wallet's lock afterwards.
     */
    private TopUp settle(UUID topUpId, boolean askFirst, boolean bookSeparately) {
        TopUp topUp = topUps.find(topUpId).orElseThrow(() -> new NotFoundException("top-up", topUpId));
        if (!topUp.isPending()) return topUp;
        FundingSource source = sources.byId(topUp.userId(), topUp.sourceId())
                .orElseThrow(() -> new StateConflictException("top-up", "WITHOUT_SOURCE", "settle"));
        GatewayResult authorized = GatewayCalls.send(gateway, topUp.authorizeKey(), askFirst,
                () -> gateway.authorize(topUp.authorizeKey(), source.gatewayToken(), topUp.amount()));
        if (authorized == null) return topUp;
        GatewayResult outcome = authorized;
        if (authorized.approved()) {
            outcome = GatewayCalls.send(gateway, topUp.captureKey(), askFirst,
                    () -> gateway.capture(topUp.captureKey(), authorized.reference(), topUp.amount()));
            if (outcome == null) return topUp;
        }
        GatewayResult decided = outcome;
        return bookSeparately ? separately.commit(() -> book(topUpId, decided)) : book(topUpId, decided);
    }

    private TopUp book(UUID topUpId, GatewayResult outcome) {
        TopUp topUp = topUps.lock(topUpId).orElseThrow(() -> new NotFoundException("top-up", topUpId));
        if (!topUp.isPending()) return topUp; // booked by another settler meanwhile
        if (!outcome.approved()) return finish(topUp.declined(outcome.declineReason(), calendar.now()));
        TopUp succeeded = topUp.succeeded(outcome.reference(), calendar.now());
        ledger.lockWallet(topUp.userId());
        ledger.post(Bookings.topUp(succeeded));
        return finish(succeeded);
    }

    /** Books the outcome and tells of it: a top-up is told of once, when it is settled (never while PENDING). */
    private TopUp finish(TopUp settled) {
        topUps.update(settled);
        jobs.cancel(List.of(settleKey(settled)));
        if (settled.status() == TopUpStatus.DECLINED) events.record(new TopUpDeclined(settled, calendar.now()));
        else if (settled.automatic()) events.record(new AutoTopUpMade(settled, calendar.now()));
        else events.record(new TopUpSucceeded(settled, calendar.now()));
        return settled;
    }

    private static String settleKey(TopUp topUp) {
        return SETTLE + ":" + topUp.id();
    }
}
