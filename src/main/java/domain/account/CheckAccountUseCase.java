package domain.account;

/**
 * Inbound port: what starts something new on an account (subscribing, linking a funding source, topping up)
 * asks first, in its own transaction, and holds the account open until that transaction ends.
 */
public interface CheckAccountUseCase {
    /** Fails with {@link AccountClosedException} when the user closed their account. */
    void requireOpen(String userId);
}
