package domain.wallet;

import domain.catalog.ShopId;
import java.util.UUID;

/** Inbound port: a shop gives back part or all of a payment it received. */
public interface RefundUseCase {
    Refund refund(ShopId shop, UUID paymentId, long amount, String reason);

    /** Refunds part or all of what a delivery of the shop was paid (for example for damaged goods). */
    Refund refundDelivery(ShopId shop, UUID deliveryId, long amount, String reason);

    /** A refund of one of the shop's payments. */
    Refund refundOf(ShopId shop, UUID paymentId, UUID refundId);
}
