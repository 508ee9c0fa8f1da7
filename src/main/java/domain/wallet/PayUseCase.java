package domain.wallet;

import domain.catalog.ShopId;
import java.util.UUID;

/** Inbound port: a user pays a shop from their wallet. */
public interface PayUseCase {
    /** Pays, topping up first when the user opted in; fails with {@link InsufficientFundsException} otherwise. */
    Payment pay(String userId, ShopId shop, long amount, String reference);

    Payment paymentOf(String userId, UUID paymentId);

    /** The user's payments, newest first. */
    domain.shared.Page<Payment> payments(String userId, domain.shared.PageRequest page);
}
