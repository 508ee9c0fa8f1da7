package adapters.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "shops")
public class ShopEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    @Column(name = "registered_at")
    public Instant registeredAt;
}
