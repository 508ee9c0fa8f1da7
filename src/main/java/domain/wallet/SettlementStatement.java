package domain.wallet;

import domain.catalog.ShopId;
import java.time.LocalDate;

/**
 * What a shop earned over a period of Seoul days: payments received (and how many paid deliveries),
 * refunds given, gudok's commission net of what refunds gave back, and the net owed to the shop, which
 * is what its payable account moved by over the period.
 */
public record SettlementStatement(ShopId shop, LocalDate from, LocalDate to, long payments, long paidDeliveries,
                                  long paid, long refunds, long refunded, long commission, long net) {

    public static SettlementStatement of(ShopId shop, LocalDate from, LocalDate to, long payments, long paidDeliveries,
                                         long paid, long refunds, long refunded, long commissionTaken, long commissionBack) {
        long commission = commissionTaken - commissionBack;
        return new SettlementStatement(shop, from, to, payments, paidDeliveries, paid, refunds, refunded, commission,
                paid - refunded - commission);
    }
}
