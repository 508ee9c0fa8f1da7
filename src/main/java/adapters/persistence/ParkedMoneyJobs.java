package adapters.persistence;

import domain.billing.BillingJobs;
import domain.billing.BillingService;
import domain.wallet.TopUpRefundService;
import domain.wallet.TopUpService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * A parked money job is an alert, not a silent row: a top-up or a refund left PENDING with the gateway, a
 * delivery or a rental month whose charge nobody retries, a billing run that stopped. It shows as a DOWN
 * wellness check ({@code /q/health/well}: looked at by people and monitors, never a reason to take the instance
 * out of the balancer, so readiness is not touched) and as the gauge {@code gudok_jobs_parked_money}.
 */
@Wellness
@ApplicationScoped
public class ParkedMoneyJobs implements HealthCheck {
    static final List<String> MONEY_JOBS = List.of(TopUpService.SETTLE.name(), TopUpRefundService.SETTLE.name(),
            BillingService.RETRY.name(), BillingJobs.RENTAL_FEE.name(), BillingJobs.BILLING_RUN.name());
    private final Sql sql;

    ParkedMoneyJobs(DataSource dataSource, MeterRegistry registry) {
        this.sql = new Sql(dataSource, "jobs");
        Gauge.builder("gudok.jobs.parked.money", this, ParkedMoneyJobs::total)
                .description("Money jobs parked after their last attempt: each needs someone to look (POST /admin/jobs/{id}/retry)")
                .register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, Long> parked = parkedByType();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("parked money jobs").status(parked.isEmpty());
        parked.forEach(response::withData);
        if (!parked.isEmpty()) response.withData("what to do", "GET /admin/jobs?state=PARKED, then POST /admin/jobs/{id}/retry");
        return response.build();
    }

    private double total() {
        return parkedByType().values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<String, Long> parkedByType() {
        Map<String, Long> parked = new LinkedHashMap<>();
        sql.list("SELECT type, count(*) AS parked FROM jobs WHERE state = 'PARKED' AND type = ANY (?) GROUP BY type ORDER BY type",
                s -> s.setArray(1, s.getConnection().createArrayOf("varchar", MONEY_JOBS.toArray())),
                row -> parked.put(row.getString("type"), row.getLong("parked")));
        return parked;
    }
}
