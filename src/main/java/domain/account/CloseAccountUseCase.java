package domain.account;

/**
 * Inbound port: a user closes their account. Refused while something is still under way (a subscription not
 * cancelled or ended, a delivery on its way, money in the wallet or still settling); closing a closed account
 * answers its closure again.
 */
public interface CloseAccountUseCase {
    AccountClosure close(String userId);
}
