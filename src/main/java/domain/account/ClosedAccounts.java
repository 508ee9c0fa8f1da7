package domain.account;

import java.util.Optional;

/**
 * Outbound port: the closed accounts. A closure and the things a closed account may not start exclude each
 * other by lock, until their transactions end: {@link #holdOpen} is shared (any number of a user's requests at
 * once), {@link #lockForClosing} is exclusive. So a subscription made while the account closes is either seen
 * by the closure (which then refuses) or refused itself.
 */
public interface ClosedAccounts {
    /** Keeps the account from closing until the transaction ends; its closure if it is already closed. */
    Optional<AccountClosure> holdOpen(String userId);

    /** Waits for the user's other requests holding the account open, then keeps them out; the closure if already closed. */
    Optional<AccountClosure> lockForClosing(String userId);

    void add(AccountClosure closure);
}
