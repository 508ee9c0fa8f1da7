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
@Table(name = "plans")
public class PlanEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "shop_id")
    public UUID shopId;
    @Column(name = "product_id")
    public UUID productId;
    public String name;
    public String kind;
    public Long price;
    // char(3) in the schema; mapped as such so that dev mode's schema validation agrees.
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String currency;
    @Column(name = "cycle_type")
    public String cycleType;
    @Column(name = "every_weeks")
    public Integer everyWeeks;
    @Column(name = "day_of_week")
    public String dayOfWeek;
    @Column(name = "day_of_month")
    public Integer dayOfMonth;
    @Column(name = "monthly_fee")
    public Long monthlyFee;
    @Column(name = "commitment_months")
    public Integer commitmentMonths;
    @Column(name = "early_termination_fee")
    public Long earlyTerminationFee;
    public String status;
    @Column(name = "created_at")
    public Instant createdAt;
}
