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
 * in the process (filled from PostgreSQL in the background at start-up; the workers wait until it is).
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
                embedded.expectFill(); // unavailable to the workers until filled (see start)
                yield embedded;
            }
            default -> throw new IllegalStateException("gudok.classification.engine must be search or embedded, not " + engine);
        };
    }

    /** An embedded classifier starts empty: it is filled in the background, so that start-up does not wait for it. */
    void start(@Observes io.quarkus.runtime.StartupEvent start, Classifier classifier,
               domain.classification.ClassificationService classification) {
        if (embedded == null) return;
        Thread loader = new Thread(() -> {
            org.jboss.logging.Logger log = org.jboss.logging.Logger.getLogger(ClassifierSelection.class);
            for (int attempt = 1; !embedded.filled(); attempt++) {
                long began = System.nanoTime();
                try {
                    embedded.fill(classification::load);
                    log.infof("embedded classifier loaded: %d filters in %d ms", embedded.filterCount(), (System.nanoTime() - began) / 1_000_000);
                } catch (RuntimeException failed) { // the database away at start: the workers wait, and the load is tried again
                    log.warnf("the embedded classifier could not be loaded (%s); trying again", failed.toString());
                    try {
                        Thread.sleep(Math.min(30_000L, 1_000L * attempt));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "classifier-load");
        loader.setDaemon(true);
        loader.start();
    }

    void stop(@Observes ShutdownEvent stop) throws java.io.IOException {
        if (embedded != null) embedded.close();
    }
}
