package domain.wallet;

import domain.catalog.ShopId;
import java.util.Optional;

/** Outbound port: each shop's commission rate; empty when the shop does not exist. */
public interface Commissions {
    Optional<Commission> of(ShopId shop);

    void set(ShopId shop, Commission commission);
}
