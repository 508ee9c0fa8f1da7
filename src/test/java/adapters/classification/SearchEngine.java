package adapters.classification;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/** The local search engine (docker/platform up), for tests of the percolator adapter outside Quarkus. */
final class SearchEngine {
    static final ObjectMapper JSON = new ObjectMapper();

    private SearchEngine() { }

    static RestClient client() {
        int port = Integer.parseInt(System.getenv().getOrDefault("GUDOK_SEARCH_PORT", "9200"));
        return RestClient.builder(new HttpHost("127.0.0.1", port, "http")).build();
    }

    static void deleteIndices(RestClient client, String prefix) throws IOException {
        client.performRequest(new Request("DELETE", "/" + prefix + "-*"));
    }
}
