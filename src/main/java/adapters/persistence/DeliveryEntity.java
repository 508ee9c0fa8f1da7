package adapters.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "deliveries")
public class DeliveryEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "subscription_id")
    public UUID subscriptionId;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "shop_id")
    public UUID shopId;
    @Column(name = "plan_id")
    public UUID planId;
    @Column(name = "cycle_number")
    public int cycleNumber;
    @Column(name = "original_date")
    public LocalDate originalDate;
    @Column(name = "delivery_date")
    public LocalDate deliveryDate;
    public int quantity;
    @Embedded
    public AddressColumns address;
    public String state;
    @Column(name = "skip_reason")
    public String skipReason;
    public String carrier;
    @Column(name = "tracking_number")
    public String trackingNumber;
    @Column(name = "shipped_at")
    public Instant shippedAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Version
    public long version;
}
