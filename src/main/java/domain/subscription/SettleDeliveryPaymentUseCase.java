package domain.subscription;

import java.util.UUID;

/** Billing settles a delivery's payment after its first attempt failed: paid late, retried again, or given up unpaid. */
public interface SettleDeliveryPaymentUseCase {

    /** A retry of the delivery's payment fell short and another follows: it stays PAYMENT_PENDING. */
    void retryFailed(UUID deliveryId);

    /** The delivery was paid after billing first failed. */
    void settlePaid(UUID deliveryId);

    /** The delivery's last payment retry failed; {@code limit} unpaid cycles in a row suspend the subscription. */
    void settleUnpaid(UUID deliveryId, int limit);
}
