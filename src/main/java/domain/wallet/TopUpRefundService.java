package domain.wallet;

import domain.scheduling.Job;
import domain.scheduling.JobHandler;
import domain.scheduling.JobRequest;
import domain.scheduling.JobScheduler;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import domain.shared.Money;
import domain.shared.NotFoundException;
import domain.shared.RequestKeyReusedException;
import domain.shared.SeparateTransaction;
import domain.wallet.PaymentGateway.GatewayResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends money from a wallet back to the source of a top-up. As with top-ups, the intent is written down
 * first, in a transaction that commits at once — and with it the wallet is debited, so the money cannot
 * be spent twice — then the gateway is asked. A declined refund is undone by a new entry; an unknown
 * outcome is settled later by a job that asks the gateway under the same request key.
 */
public final class TopUpRefundService implements RefundTopUpUseCase, JobHandler {
    public static final JobType SETTLE = new JobType("top_up_refund.settle");

    private final TopUps topUps;
    private final TopUpRefunds refunds;
    private final Ledger ledger;
    private final PaymentGateway gateway;
    private final JobScheduler jobs;
    private final SeparateTransaction separately;
    private final BusinessCalendar calendar;
    private final Duration settleAfter;
    private final Duration requestKeyRetention;

    public TopUpRefundService(TopUps topUps, TopUpRefunds refunds, Ledger ledger, PaymentGateway gateway, JobScheduler jobs,
                              SeparateTransaction separately, BusinessCalendar calendar, Duration settleAfter,
                              Duration requestKeyRetention) {
        this.requestKeyRetention = requestKeyRetention;
        this.topUps = topUps;
        this.refunds = refunds;
        this.ledger = ledger;
        this.gateway = gateway;
        this.jobs = jobs;
        this.separately = separately;
        this.calendar = calendar;
        this.settleAfter = settleAfter;
    }

    @Override
    public TopUpRefund refundTopUp(String userId, UUID topUpId, long amount, String requestKey) {
        Money.requireTransferable(amount);
        // The key means one refund for as long as it is kept (requestKeyRetention), then a new request's.
        java.time.Instant keptSince = calendar.now().minus(requestKeyRetention);
        Optional<TopUpRefund> earlier = requestKey == null ? Optional.empty() : refunds.byRequestKey(userId, requestKey, keptSince);
        if (earlier.isPresent() && (!earlier.get().topUpId().equals(topUpId) || earlier.get().amount() != amount)) {
            throw new RequestKeyReusedException("refund");
        }
        TopUpRefund refund = earlier.orElseGet(() -> separately.commit(() -> {
            if (requestKey != null) refunds.forgetRequestKey(userId, requestKey, keptSince);
            return writeDown(userId, topUpId, amount, requestKey);
        }));
        try {
            return settle(refund.id(), earlier.isPresent());
        } catch (RuntimeException unfinished) {
            throw new SettlingUnfinishedException(refund, unfinished);
        }
    }

    @Override
    public TopUpRefund refundOf(String userId, UUID topUpId, UUID refundId) {
        return refunds.byId(userId, refundId).filter(r -> r.topUpId().equals(topUpId))
                .orElseThrow(() -> new NotFoundException("top-up refund", refundId));
    }

    @Override
    public JobType type() {
        return SETTLE;
    }

    @Override
    public void handle(Job job) {
        TopUpRefund refund = settle(UUID.fromString(job.subjectId()), true);
        if (refund.isPending()) throw new IllegalStateException("the gateway still has no outcome for top-up refund " + refund.id());
    }

    private TopUpRefund writeDown(String userId, UUID topUpId, long amount, String requestKey) {
        TopUp topUp = topUps.lock(topUpId).filter(t -> t.userId().equals(userId))
                .orElseThrow(() -> new NotFoundException("top-up", topUpId));
        TopUp refunded = topUp.refund(amount);
        Wallet wallet = ledger.lockWallet(userId);
        if (!wallet.covers(amount)) throw new InsufficientFundsException(wallet.balance(), amount, "the wallet no longer holds it");
        TopUpRefund refund = TopUpRefund.requested(topUp, amount, requestKey, calendar.now());
        refunds.add(refund);
        topUps.update(refunded);
        ledger.post(Bookings.topUpRefund(refund));
        jobs.schedule(List.of(new JobRequest(SETTLE, refund.id().toString(), "", calendar.now().plus(settleAfter), settleKey(refund))));
        return refund;
    }

    private TopUpRefund settle(UUID refundId, boolean askFirst) {
        TopUpRefund refund = refunds.lock(refundId).orElseThrow(() -> new NotFoundException("top-up refund", refundId));
        if (!refund.isPending()) return refund;
        // The refund's own lock keeps other settlers out. The top-up is locked only to undo a decline, never
        // across the gateway call: the write-downs of other refunds of it wait for that lock while holding
        // connections the gateway's records need, so holding it there stalls them all until lock time-outs.
        String capture = topUps.byId(refund.userId(), refund.topUpId()).orElseThrow().gatewayReference();
        GatewayResult result = GatewayCalls.send(gateway, refund.gatewayKey(), askFirst,
                () -> gateway.refund(refund.gatewayKey(), capture, refund.amount()));
        if (result == null) return refund;
        TopUpRefund settled;
        if (result.approved()) {
            settled = refund.succeeded(result.reference(), calendar.now());
        } else {
            settled = refund.declined(result.declineReason(), calendar.now());
            TopUp topUp = topUps.lock(refund.topUpId()).orElseThrow();
            topUps.update(topUp.refundDeclined(refund.amount()));
            ledger.post(Bookings.topUpRefundReversed(settled));
        }
        refunds.update(settled);
        jobs.cancel(List.of(settleKey(settled)));
        return settled;
    }

    private static String settleKey(TopUpRefund refund) {
        return SETTLE + ":" + refund.id();
    }
}
