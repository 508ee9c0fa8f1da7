package adapters.classification;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Words the analyzer already cut, given to Lucene as they are: an item is analysed once, for the predicates and for
 * the monitor's index alike (Korean analysis is the larger part of classifying an item).
 */
final class AnalysedWords extends TokenStream {
    private final List<KoreanAnalysis.Word> words;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int next, position;

    AnalysedWords(List<KoreanAnalysis.Word> words) {
        this.words = words;
    }

    @Override
    public boolean incrementToken() {
        if (next == words.size()) return false;
        clearAttributes();
        KoreanAnalysis.Word word = words.get(next++);
        term.setEmpty().append(word.text());
        increment.setPositionIncrement(word.position() - position);
        position = word.position();
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
        position = -1;
    }
}
