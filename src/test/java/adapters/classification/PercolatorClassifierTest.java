package adapters.classification;

import domain.classification.Classifier;
import java.util.UUID;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The contract against the real search engine's percolator, with small pages so that paging runs too. */
class PercolatorClassifierTest extends ClassifierContract {
    private static RestClient client;
    private final String prefix = "test-classifier-" + UUID.randomUUID();

    @BeforeAll
    static void connect() {
        client = SearchEngine.client();
    }

    @Override
    protected Classifier classifier() {
        return new PercolatorClassifier(client, SearchEngine.JSON, prefix, 1, 0, 7);
    }

    @AfterEach
    void deleteIndices() throws Exception {
        SearchEngine.deleteIndices(client, prefix);
    }

    @AfterAll
    static void disconnect() throws Exception {
        client.close();
    }
}
