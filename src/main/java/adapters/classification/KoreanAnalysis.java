package adapters.classification;

import domain.classification.TextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The one analyzer both classifiers use for titles, bodies, keywords and phrases: Lucene's nori (Korean morphology),
 * compounds cut into their parts ({@code decompound_mode: discard}), particles and endings dropped (nori's default
 * part-of-speech stop tags), then lower case. The search engine's index defines the same chain by name
 * ({@link #ENGINE_SETTINGS}); a test holds the two to the same words.
 */
public final class KoreanAnalysis implements TextAnalyzer {
    /** Between a field's values, so that a phrase never runs from one into the next. */
    static final int POSITION_GAP = 100;
    /** The analyzer as the search engine's index settings name it (the analysis-nori plugin's names). */
    static final String ENGINE_SETTINGS = """
            {"analysis": {
              "tokenizer": {"gudok_nori": {"type": "nori_tokenizer", "decompound_mode": "discard", "discard_punctuation": true}},
              "analyzer": {"gudok_korean": {"type": "custom", "tokenizer": "gudok_nori",
                "filter": ["nori_part_of_speech", "lowercase"], "position_increment_gap": 100}}}}""";
    static final String ENGINE_ANALYZER = "gudok_korean";

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null,
                    KoreanTokenizer.DecompoundMode.DISCARD, false, true);
            TokenStream words = new LowerCaseFilter(new KoreanPartOfSpeechStopFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, words);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return POSITION_GAP;
        }
    };

    public Analyzer analyzer() {
        return analyzer;
    }

    @Override
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (Word word : positioned(text)) words.add(word.text());
        return words;
    }

    /** A word and its position (gaps where particles and endings were dropped). */
    public record Word(String text, int position) { }

    public List<Word> positioned(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                words.add(new Word(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
