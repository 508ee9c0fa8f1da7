package domain.wallet;

import domain.catalog.ShopId;
import java.time.Instant;
import java.time.LocalDate;

/** Outbound port: a shop's payments and refunds summed over a period [start, end). */
public interface Settlements {
    SettlementStatement statement(ShopId shop, LocalDate from, LocalDate to, Instant start, Instant end);
}
