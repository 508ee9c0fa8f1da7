package adapters.classification;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The Korean analyzer (one for the process: nori's dictionary is loaded once) and the dry-run tester. */
public class ClassificationBeans {

    @Produces
    @Singleton
    KoreanAnalysis koreanAnalysis() {
        return new KoreanAnalysis();
    }

    @Produces
    @Singleton
    LuceneFilterTester filterTester(KoreanAnalysis analysis) {
        return new LuceneFilterTester(analysis);
    }
}
