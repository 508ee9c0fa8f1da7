package adapters.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "products")
public class ProductEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "shop_id")
    public UUID shopId;
    public String name;
    public String description;
    @Column(name = "unit_price")
    public long unitPrice;
    // char(3) in the schema; mapped as such so that dev mode's schema validation agrees.
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String currency;
    @Column(name = "created_at")
    public Instant createdAt;
}
