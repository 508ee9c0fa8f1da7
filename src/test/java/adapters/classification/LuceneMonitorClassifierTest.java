package adapters.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.classification.Classifier;
import domain.classification.ClassifierUnavailableException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contract, embedded: Lucene Monitor in the test's process. */
class LuceneMonitorClassifierTest extends ClassifierContract {
    private final List<LuceneMonitorClassifier> opened = new ArrayList<>();

    @Override
    protected Classifier classifier() {
        LuceneMonitorClassifier classifier = new LuceneMonitorClassifier(new KoreanAnalysis());
        opened.add(classifier);
        return classifier;
    }

    /** Until it is filled, only the filling thread may use it: the workers are told to wait (and retry). */
    @Test
    void unavailableToOthersUntilFilled() throws Exception {
        LuceneMonitorClassifier classifier = (LuceneMonitorClassifier) classifier();
        domain.classification.StoredFilter filter = new domain.classification.StoredFilter(java.util.UUID.randomUUID(),
                domain.classification.ItemKind.PLAN, new domain.classification.Condition.PriceRange(null, 10_000L));
        domain.classification.Item item = new domain.classification.Item(new domain.classification.ItemKey(
                domain.classification.ItemKind.PLAN, "p1"), "강아지", "", null, List.of(), 0, 9_000L, List.of(), null, null, null, null,
                List.of(), null);
        classifier.expectFill();
        assertThatThrownBy(() -> classifier.classify(List.of(item))).isInstanceOf(ClassifierUnavailableException.class);
        assertThatThrownBy(() -> classifier.storeFilters(List.of(filter))).isInstanceOf(ClassifierUnavailableException.class);
        java.util.concurrent.CountDownLatch filling = new java.util.concurrent.CountDownLatch(1), done = new java.util.concurrent.CountDownLatch(1);
        Thread filler = new Thread(() -> classifier.fill(() -> {
            classifier.storeFilters(List.of(filter));
            filling.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        filler.start();
        filling.await();
        assertThatThrownBy(() -> classifier.matchingItems(filter, 10, page -> { })).as("while another thread fills it")
                .isInstanceOf(ClassifierUnavailableException.class);
        done.countDown();
        filler.join();
        assertThat(classifier.classify(List.of(item)).get(item.key())).containsExactly(filter.id());
    }

    @AfterEach
    void close() throws Exception {
        for (LuceneMonitorClassifier classifier : opened) classifier.close();
    }
}
