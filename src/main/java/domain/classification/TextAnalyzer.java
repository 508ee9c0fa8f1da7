package domain.classification;

import java.util.List;

/**
 * Cuts text into the words filters match, as the classifiers do (Korean morphology: particles and endings fall away,
 * compounds become their parts, Latin letters are lower-cased). The filter language asks it whether a keyword has
 * any word left to match.
 */
public interface TextAnalyzer {
    List<String> words(String text);
}
