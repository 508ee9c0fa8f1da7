package adapters.persistence;

import domain.catalog.DeliveryCycle;
import domain.catalog.Plan;
import domain.catalog.PlanKind;
import domain.catalog.PlanStatus;
import domain.catalog.Plans;
import domain.catalog.RentalTerms;
import domain.catalog.ShopId;
import domain.shared.Money;
import domain.shared.Page;
import domain.shared.PageRequest;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class PanachePlans implements Plans {
    private final Sql sql;

    PanachePlans(DataSource dataSource) {
        this.sql = new Sql(dataSource, "plan");
    }

    @Override
    public void add(Plan plan) {
        PlanEntity e = new PlanEntity();
        e.id = plan.id();
        e.createdAt = plan.createdAt();
        copy(plan, e);
        e.persist();
    }

    @Override
    public void update(Plan plan) {
        PlanEntity e = PlanEntity.findById(plan.id());
        copy(plan, e);
    }

    /**
     * One read by key in plain JDBC: every subscribe reads its plan, and opening an ORM session for it
     * was a fifth of a subscribe's CPU. It reads what the database holds, so a caller that changes a plan
     * reads it before changing it (as the catalog does).
     */
    @Override
    public Optional<Plan> byId(UUID id) {
        return sql.one(COLUMNS + "FROM plans WHERE id = ?", statement -> statement.setObject(1, id), PanachePlans::row)
                .map(PanachePlans::toDomain);
    }

    @Override
    public Optional<Plan> lockById(UUID id) {
        return sql.one(COLUMNS + "FROM plans WHERE id = ? FOR UPDATE", statement -> statement.setObject(1, id), PanachePlans::row)
                .map(PanachePlans::toDomain);
    }

    /** Locked in the order of their ids, the one order every locker of several plans takes. */
    @Override
    public List<Plan> activeOfProduct(UUID productId) {
        return sql.list(COLUMNS + "FROM plans WHERE product_id = ? AND status = 'ACTIVE' ORDER BY id FOR UPDATE",
                statement -> statement.setObject(1, productId), row -> toDomain(row(row)));
    }

    private static final String COLUMNS = """
            SELECT id, shop_id, product_id, name, kind, price, cycle_type, every_weeks, day_of_week, day_of_month,
              monthly_fee, commitment_months, early_termination_fee, status, created_at
            """;

    private static PlanEntity row(ResultSet row) throws SQLException {
        PlanEntity e = new PlanEntity();
        e.id = row.getObject("id", UUID.class);
        e.shopId = row.getObject("shop_id", UUID.class);
        e.productId = row.getObject("product_id", UUID.class);
        e.name = row.getString("name");
        e.kind = row.getString("kind");
        e.price = Sql.nullableLong(row, "price");
        e.cycleType = row.getString("cycle_type");
        e.everyWeeks = row.getObject("every_weeks", Integer.class);
        e.dayOfWeek = row.getString("day_of_week");
        e.dayOfMonth = row.getObject("day_of_month", Integer.class);
        e.monthlyFee = Sql.nullableLong(row, "monthly_fee");
        e.commitmentMonths = row.getObject("commitment_months", Integer.class);
        e.earlyTerminationFee = Sql.nullableLong(row, "early_termination_fee");
        e.status = row.getString("status");
        e.createdAt = Sql.instant(row, "created_at");
        return e;
    }

    @Override
    public Page<Plan> ofShop(ShopId shop, PageRequest page) {
        return page("shopId = :shop", Parameters.with("shop", shop.value()), page);
    }

    @Override
    public Page<Plan> active(ShopId shopOrNull, PageRequest page) {
        return shopOrNull == null
                ? page("status = 'ACTIVE'", new Parameters(), page)
                : page("status = 'ACTIVE' and shopId = :shop", Parameters.with("shop", shopOrNull.value()), page);
    }

    private Page<Plan> page(String filter, Parameters parameters, PageRequest page) {
        String query = filter;
        if (page.after() != null) {
            Cursor c = Cursor.decode(page.after());
            query += " and (createdAt > :at or (createdAt = :at and id > :id))";
            parameters = parameters.and("at", c.instant()).and("id", c.id());
        }
        List<PlanEntity> rows = PlanEntity.<PlanEntity>find(query + " order by createdAt, id", parameters)
                .range(0, page.limit()).list();
        return Paging.page(rows, page, e -> e.createdAt.toString(), e -> e.id, PanachePlans::toDomain);
    }

    private static void copy(Plan plan, PlanEntity e) {
        e.shopId = plan.shopId().value();
        e.productId = plan.productId();
        e.name = plan.name();
        e.kind = plan.kind().name();
        e.currency = Money.KRW;
        e.status = plan.status().name();
        e.price = plan.pricePerDelivery() == null ? null : plan.pricePerDelivery().amount();
        if (plan.cycle() instanceof DeliveryCycle.Weekly weekly) {
            e.cycleType = "WEEKLY";
            e.everyWeeks = weekly.everyWeeks();
            e.dayOfWeek = weekly.dayOfWeek().name();
        } else if (plan.cycle() instanceof DeliveryCycle.Monthly monthly) {
            e.cycleType = "MONTHLY";
            e.dayOfMonth = monthly.dayOfMonth();
        }
        RentalTerms terms = plan.rentalTerms();
        if (terms != null) {
            e.monthlyFee = terms.monthlyFee().amount();
            e.commitmentMonths = terms.commitmentMonths();
            e.earlyTerminationFee = terms.earlyTerminationFee().amount();
        }
    }

    private static Plan toDomain(PlanEntity e) {
        DeliveryCycle cycle = e.cycleType == null ? null : switch (e.cycleType) {
            case "WEEKLY" -> new DeliveryCycle.Weekly(e.everyWeeks, DayOfWeek.valueOf(e.dayOfWeek));
            case "MONTHLY" -> new DeliveryCycle.Monthly(e.dayOfMonth);
            default -> throw new IllegalStateException("unknown cycle type " + e.cycleType);
        };
        RentalTerms terms = e.monthlyFee == null ? null
                : new RentalTerms(Money.won(e.monthlyFee), e.commitmentMonths, Money.won(e.earlyTerminationFee));
        return new Plan(e.id, new ShopId(e.shopId), e.productId, e.name, PlanKind.valueOf(e.kind),
                e.price == null ? null : Money.won(e.price), cycle, terms, PlanStatus.valueOf(e.status), e.createdAt);
    }
}
