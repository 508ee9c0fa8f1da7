package domain.wallet;

import domain.catalog.ShopId;
import domain.shared.BusinessCalendar;
import domain.shared.Money;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.StateConflictException;
import domain.shared.Validation;
import java.util.UUID;

/** Reads balances and history, and keeps the wallet settings. */
public final class WalletService implements ViewWalletUseCase, WalletSettingsUseCase {
    private final Ledger ledger;
    private final FundingSources sources;
    private final Commissions commissions;
    private final Settlements settlements;

    public WalletService(Ledger ledger, FundingSources sources, Commissions commissions, Settlements settlements) {
        this.ledger = ledger;
        this.sources = sources;
        this.commissions = commissions;
        this.settlements = settlements;
    }

    @Override
    public SettlementStatement statement(ShopId shop, java.time.LocalDate from, java.time.LocalDate to) {
        Validation validation = new Validation();
        validation.present(from, "from");
        validation.present(to, "to");
        validation.throwIfInvalid();
        validation.require(from.getYear() >= 2000 && from.getYear() <= 2999, "from", "must be a date between 2000 and 2999");
        validation.require(to.getYear() >= 2000 && to.getYear() <= 2999, "to", "must be a date between 2000 and 2999");
        validation.throwIfInvalid();
        validation.require(!to.isBefore(from), "to", "must not be before from");
        validation.require(!to.isAfter(from.plusDays(366)), "to", "must be within a year of from");
        validation.throwIfInvalid();
        return settlements.statement(shop, from, to, from.atStartOfDay(BusinessCalendar.SEOUL).toInstant(),
                to.plusDays(1).atStartOfDay(BusinessCalendar.SEOUL).toInstant());
    }

    @Override
    public Wallet wallet(String userId) {
        return ledger.wallet(userId).orElseGet(() -> Wallet.empty(userId));
    }

    @Override
    public Page<WalletMovement> movements(String userId, PageRequest page) {
        return ledger.movements(userId, page);
    }

    @Override
    public long payableTo(ShopId shop) {
        return ledger.balanceOf(Account.payableTo(shop));
    }

    @Override
    public Wallet setAutoTopUp(String userId, Long amount) {
        if (amount != null) Money.requireTransferable(amount);
        // Locked before the default is looked at: an unlink of the last source waits, or is seen.
        Wallet wallet = ledger.lockWallet(userId);
        if (amount != null && sources.defaultOf(userId).isEmpty()) {
            throw new StateConflictException("wallet", "WITHOUT_FUNDING_SOURCE", "turn on auto top-up for");
        }
        ledger.setAutoTopUp(userId, amount);
        return new Wallet(userId, wallet.balance(), amount);
    }

    /**
     * Unlinks a source under the wallet's lock (which links and default changes take too). The default cannot go
     * while other sources are linked (another must be chosen first), nor the only source while auto top-up is on.
     * The source is kept, unlinked: a pending top-up from it still settles with its token.
     */
    @Override
    public void unlink(String userId, UUID sourceId) {
        Wallet wallet = ledger.lockWallet(userId);
        FundingSource source = sources.byId(userId, sourceId).filter(FundingSource::isLinked)
                .orElseThrow(() -> new NotFoundException("funding source", sourceId));
        int linked = sources.countOf(userId);
        if (source.isDefault() && linked > 1) {
            throw new StateConflictException("funding source", "DEFAULT", "unlink",
                    "it is the default while others are linked: make another one the default first");
        }
        if (linked == 1 && wallet.autoTopUp() != null) {
            throw new StateConflictException("funding source", "AUTO_TOP_UP_SOURCE", "unlink",
                    "it is the only source and auto top-up is on: turn auto top-up off first");
        }
        sources.unlink(userId, sourceId);
    }

    @Override
    public void setCommission(ShopId shop, Commission commission) {
        if (commissions.of(shop).isEmpty()) throw new NotFoundException("shop", shop.value());
        commissions.set(shop, commission);
    }
}
