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
 * in the process (filled from PostgreSQL when the worker starts).
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
            case "embedded" -> embedded = new LuceneMonitorClassifier(analysis);
            default -> throw new IllegalStateException("gudok.classification.engine must be search or embedded, not " + engine);
        };
    }

    /** An embedded classifier starts empty: it is filled in the background, so that start-up does not wait for it. */
    void start(@Observes io.quarkus.runtime.StartupEvent start, Classifier classifier,
               domain.classification.ClassificationService classification) {
        if (embedded == null) return;
        Thread loader = new Thread(() -> {
            long began = System.nanoTime();
            classification.load();
            org.jboss.logging.Logger.getLogger(ClassifierSelection.class).infof("embedded classifier loaded: %d filters in %d ms",
                    embedded.filterCount(), (System.nanoTime() - began) / 1_000_000);
        }, "classifier-load");
        loader.setDaemon(true);
        loader.start();
    }

    void stop(@Observes ShutdownEvent stop) throws java.io.IOException {
        if (embedded != null) embedded.close();
    }
}
