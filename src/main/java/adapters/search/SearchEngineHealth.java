package adapters.search;

import adapters.PlatformServices;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.HealthGroup;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/**
 * The search engine (Elasticsearch API) is up while its cluster health is green or yellow. Like Kafka it is not in
 * readiness: nothing the API serves today needs it.
 */
@HealthGroup(PlatformServices.HEALTH_GROUP)
@ApplicationScoped
public class SearchEngineHealth implements HealthCheck {
    /** Held here: the gauge keeps only a weak reference to what it reads. */
    private final PlatformServices.CachedStatus status;
    private final RestClient client;

    SearchEngineHealth(RestClient client, MeterRegistry registry) {
        this.client = client;
        this.status = new PlatformServices.CachedStatus(() -> call().getStatus() == HealthCheckResponse.Status.UP);
        io.micrometer.core.instrument.Gauge.builder(PlatformServices.UP_GAUGE, status, PlatformServices.CachedStatus::upAsNumber)
                .tag("service", "search").description("Whether the service answers its health check (1) or not (0)").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Request request = new Request("GET", "/_cluster/health");
            request.addParameter("timeout", "3s");
            Response response = client.performRequest(request);
            String body = new String(response.getEntity().getContent().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            boolean usable = body.contains("\"status\":\"green\"") || body.contains("\"status\":\"yellow\"");
            return HealthCheckResponse.named("Search engine").status(usable).withData("cluster health", body.length() > 300 ? body.substring(0, 300) : body).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("Search engine").down().withData("error", e.toString()).build();
        }
    }
}
