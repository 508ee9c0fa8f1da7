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
@Table(name = "subscriptions")
public class SubscriptionEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "shop_id")
    public UUID shopId;
    @Column(name = "plan_id")
    public UUID planId;
    public String kind;
    public int quantity;
    @Embedded
    public AddressColumns address;
    @Column(name = "start_date")
    public LocalDate startDate;
    public String state;
    @Column(name = "schedule_anchor")
    public LocalDate scheduleAnchor;
    @Column(name = "anchor_cycle")
    public int anchorCycle;
    @Column(name = "paused_from")
    public LocalDate pausedFrom;
    @Column(name = "paused_until")
    public LocalDate pausedUntil;
    @Column(name = "commitment_ends_on")
    public LocalDate commitmentEndsOn;
    @Column(name = "cancellation_mode")
    public String cancellationMode;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "cancellation_reason")
    public String cancellationReason;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "early_termination_fee")
    public Long earlyTerminationFee;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
