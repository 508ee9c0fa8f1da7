package domain.account;

import domain.shared.DomainException;

/** The user closed their account: nothing new starts on it (a subscription, a funding source, a top-up). */
public final class AccountClosedException extends DomainException {
    public AccountClosedException(String userId) {
        super("the account of user " + userId + " is closed: it takes no new subscription, funding source or top-up");
    }
}
