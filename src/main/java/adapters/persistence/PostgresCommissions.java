package adapters.persistence;

import domain.catalog.ShopId;
import domain.wallet.Commission;
import domain.wallet.Commissions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Shops' commission rates; a shop without its own rate pays {@code gudok.wallet.default-commission-bp}. */
@ApplicationScoped
public class PostgresCommissions implements Commissions {
    private final Sql sql;
    private final int defaultBasisPoints;

    PostgresCommissions(DataSource dataSource,
                        @ConfigProperty(name = "gudok.wallet.default-commission-bp", defaultValue = "1000") int defaultBasisPoints) {
        this.sql = new Sql(dataSource, "commission");
        this.defaultBasisPoints = defaultBasisPoints;
    }

    @Override
    public Optional<Commission> of(ShopId shop) {
        return sql.one("""
                SELECT c.basis_points FROM shops s LEFT JOIN shop_commissions c ON c.shop_id = s.id WHERE s.id = ?""",
                s -> s.setObject(1, shop.value()),
                row -> {
                    int basisPoints = row.getInt(1);
                    return new Commission(row.wasNull() ? defaultBasisPoints : basisPoints);
                });
    }

    @Override
    public void set(ShopId shop, Commission commission) {
        sql.update("""
                INSERT INTO shop_commissions (shop_id, basis_points) VALUES (?, ?)
                ON CONFLICT (shop_id) DO UPDATE SET basis_points = excluded.basis_points""", s -> {
            s.setObject(1, shop.value());
            s.setInt(2, commission.basisPoints());
        });
    }
}
