package adapters.classification;

import com.fasterxml.jackson.databind.ObjectMapper;
import domain.classification.Classifier;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;

/**
 * Which classifier runs is configuration ({@code gudok.classification.engine}): {@code search}, the search engine's
 * percolator (its indices {@code <prefix>-filters} and {@code <prefix>-items}), or {@code embedded}, Lucene Monitor
 * in the process (filled from PostgreSQL in the background at start-up, then kept in step with every instance's changes by
 * {@code adapters.kafka.EmbeddedClassifierFeed}; the workers wait until it is).
 */
@ApplicationScoped
public class ClassifierSelection {
    private LuceneMonitorClassifier embedded;

    @Produces
    @Singleton
    Classifier classifier(@ConfigProperty(name = "gudok.classification.engine") String engine,
                          @ConfigProperty(name = "gudok.classification.index-prefix") String prefix,
                          @ConfigProperty(name = "gudok.classification.shards") int shards,
                          @ConfigProperty(name = "gudok.classification.replicas") int replicas,
                          RestClient client, ObjectMapper json, KoreanAnalysis analysis) {
        return switch (engine) {
            case "search" -> new PercolatorClassifier(client, json, prefix, shards, replicas);
            case "embedded" -> {
                embedded = new LuceneMonitorClassifier(analysis);
                embedded.expectFill(); // unavailable to the workers until filled (adapters.kafka.EmbeddedClassifierFeed)
                yield embedded;
            }
            default -> throw new IllegalStateException("gudok.classification.engine must be search or embedded, not " + engine);
        };
    }

    void stop(@Observes ShutdownEvent stop) throws java.io.IOException {
        if (embedded != null) embedded.close();
    }
}
