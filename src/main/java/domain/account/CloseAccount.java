package domain.account;

import domain.shared.BusinessCalendar;
import domain.shared.EventLog;
import domain.shared.PageRequest;
import domain.shared.StateConflictException;
import domain.subscription.Subscription;
import domain.subscription.SubscriptionState;
import domain.subscription.Subscriptions;
import domain.wallet.Ledger;
import domain.wallet.Wallet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Closes a user's account: once nothing is under way any more, their personal data is erased and the closure
 * recorded (and published, so that consumers erase their copies); payment records stay for the legal period.
 * Nothing is cancelled or refunded on the user's behalf: they cancel and get their money back first, through
 * the use cases that do that properly (fees, refunds, their events).
 */
public final class CloseAccount implements CloseAccountUseCase, CheckAccountUseCase {
    private static final int PAGE = PageRequest.MAX_LIMIT;

    private final ClosedAccounts closedAccounts;
    private final PersonalData personalData;
    private final Subscriptions subscriptions;
    private final Ledger ledger;
    private final EventLog events;
    private final BusinessCalendar calendar;

    public CloseAccount(ClosedAccounts closedAccounts, PersonalData personalData, Subscriptions subscriptions, Ledger ledger,
                        EventLog events, BusinessCalendar calendar) {
        this.closedAccounts = closedAccounts;
        this.personalData = personalData;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.events = events;
        this.calendar = calendar;
    }

    @Override
    public void requireOpen(String userId) {
        if (closedAccounts.holdOpen(userId).isPresent()) throw new AccountClosedException(userId);
    }

    @Override
    public AccountClosure close(String userId) {
        // Idempotent: a retry after a lost answer gets the first closure, and nothing is erased or published twice.
        Optional<AccountClosure> closed = closedAccounts.lockForClosing(userId);
        if (closed.isPresent()) return closed.get();
        List<UUID> subscriptionIds = new ArrayList<>();
        for (Subscription subscription : subscriptionsOf(userId)) {
            if (subscription.state() != SubscriptionState.CANCELLED && subscription.state() != SubscriptionState.ENDED) {
                throw refused("holding subscription " + subscription.id() + " (" + subscription.state() + ")",
                        "cancel it first");
            }
            subscriptionIds.add(subscription.id());
        }
        int onTheirWay = personalData.deliveriesOnTheirWay(userId);
        if (onTheirWay > 0) {
            throw refused("waiting for " + onTheirWay + " delivery(ies) on their way",
                    "a shop still ships to the address; close the account once they have arrived");
        }
        long balance = ledger.wallet(userId).map(Wallet::balance).orElse(0L);
        if (balance > 0) {
            throw refused("holding " + balance + " KRW", "refund the wallet's balance to its funding sources first");
        }
        int settling = personalData.moneyStillSettling(userId);
        if (settling > 0) {
            throw refused("settling " + settling + " top-up(s) or refund(s)", "wait until the payment gateway has settled them");
        }
        personalData.eraseOf(userId);
        Instant now = calendar.now();
        // Five years in the Seoul calendar, from the day of the closure.
        LocalDate keptUntil = LocalDate.ofInstant(now, BusinessCalendar.SEOUL).plus(AccountClosure.PAYMENT_RECORDS_KEPT);
        AccountClosure closure = new AccountClosure(userId, now, keptUntil, subscriptionIds);
        closedAccounts.add(closure);
        events.record(new AccountClosed(closure, now));
        return closure;
    }

    private List<Subscription> subscriptionsOf(String userId) {
        List<Subscription> all = new ArrayList<>();
        String after = null;
        do {
            var page = subscriptions.ofUser(userId, new PageRequest(after, PAGE));
            all.addAll(page.items());
            after = page.next();
        } while (after != null);
        return all;
    }

    private static StateConflictException refused(String state, String why) {
        return new StateConflictException("user account", state, "close", why);
    }
}
