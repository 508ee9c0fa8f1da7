package domain.wallet;

import domain.catalog.ShopId;
import domain.shared.BusinessCalendar;
import domain.shared.Money;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.StateConflictException;
import domain.shared.Validation;

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
        if (amount != null) {
            Money.requireTransferable(amount);
            if (sources.defaultOf(userId).isEmpty()) {
                throw new StateConflictException("wallet", "WITHOUT_FUNDING_SOURCE", "turn on auto top-up for");
            }
        }
        Wallet wallet = ledger.lockWallet(userId);
        ledger.setAutoTopUp(userId, amount);
        return new Wallet(userId, wallet.balance(), amount);
    }

    @Override
    public void setCommission(ShopId shop, Commission commission) {
        if (commissions.of(shop).isEmpty()) throw new NotFoundException("shop", shop.value());
        commissions.set(shop, commission);
    }
}
