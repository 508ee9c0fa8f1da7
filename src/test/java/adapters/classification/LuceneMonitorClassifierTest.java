package adapters.classification;

import domain.classification.Classifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The contract, embedded: Lucene Monitor in the test's process. */
class LuceneMonitorClassifierTest extends ClassifierContract {
    private final List<LuceneMonitorClassifier> opened = new ArrayList<>();

    @Override
    protected Classifier classifier() {
        LuceneMonitorClassifier classifier = new LuceneMonitorClassifier(new KoreanAnalysis());
        opened.add(classifier);
        return classifier;
    }

    @AfterEach
    void close() throws Exception {
        for (LuceneMonitorClassifier classifier : opened) classifier.close();
    }
}
