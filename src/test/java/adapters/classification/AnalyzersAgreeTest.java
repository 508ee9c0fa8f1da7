package adapters.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import domain.classification.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/**
 * The embedded analyzer and the search engine's (nori registered by docker/opensearch) cut the same text into the
 * same words at the same positions: otherwise the classifiers could not agree.
 */
class AnalyzersAgreeTest {

    @Test
    void theEngineAndTheEmbeddedAnalyzerCutTextAlike() throws Exception {
        KoreanAnalysis analysis = new KoreanAnalysis();
        List<String> texts = new ArrayList<>(List.of("귀여운 강아지가 왔어요", "강아지간식을 정기배송으로 받아보세요!", "에티오피아 원두 200g, 갓 볶은",
                "Jeju WATER 2L x 6", "서울특별시 강남구 역삼동", "", "   ", "遊戱 한자와 English 섞인 문장입니다."));
        for (Item item : new Samples(3).items(150)) texts.add(item.title() + " " + item.body());
        String prefix = "test-analyzers-" + UUID.randomUUID();
        try (RestClient client = SearchEngine.client()) {
            new PercolatorClassifier(client, SearchEngine.JSON, prefix, 1, 0).removeItems(List.of()); // creates the indices
            try {
                for (String text : texts) {
                    assertThat(engineWords(client, prefix + "-items", text)).as("'%s'", text).isEqualTo(analysis.positioned(text));
                }
            } finally {
                SearchEngine.deleteIndices(client, prefix);
            }
        }
    }

    private static List<KoreanAnalysis.Word> engineWords(RestClient client, String index, String text) throws Exception {
        Request analyze = new Request("POST", "/" + index + "/_analyze");
        analyze.setEntity(new NStringEntity(SearchEngine.JSON.writeValueAsString(Map.of("analyzer", KoreanAnalysis.ENGINE_ANALYZER,
                "text", text)), ContentType.APPLICATION_JSON));
        JsonNode tokens = SearchEngine.JSON.readTree(client.performRequest(analyze).getEntity().getContent()).path("tokens");
        List<KoreanAnalysis.Word> words = new ArrayList<>();
        for (JsonNode token : tokens) words.add(new KoreanAnalysis.Word(token.path("token").asText(), token.path("position").asInt()));
        return words;
    }
}
