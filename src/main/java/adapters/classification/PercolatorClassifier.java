package adapters.classification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.classification.Classifier;
import domain.classification.ClassifierUnavailableException;
import domain.classification.Item;
import domain.classification.ItemKey;
import domain.classification.ItemKind;
import domain.classification.StoredFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * The search engine's percolator over its REST API (Elasticsearch 8 and OpenSearch 2 speak the same one): filters are
 * documents with a {@code percolator} field in one index, items documents in another (for back-fills). An item batch
 * is percolated with {@code documents}, one request per item kind, in {@code constant_score} with {@code _source: false},
 * paged past the default 10 hits. Writes wait for the refresh, so that what was stored is matched at once.
 */
public final class PercolatorClassifier implements Classifier {
    /** The most hits one search returns (the engines' limit); more are paged with search_after. */
    public static final int MAX_PAGE = 10_000;
    private final RestClient client;
    private final int page;
    private final ObjectMapper json;
    private final String filters;
    private final String items;
    private final int shards;
    private final int replicas;
    /** Set once both indices exist: created at first use, so that the app starts while the engine is away. */
    private volatile boolean indicesReady;

    /** {@code indexPrefix}-filters and {@code indexPrefix}-items, created when missing with these shards and replicas. */
    public PercolatorClassifier(RestClient client, ObjectMapper json, String indexPrefix, int shards, int replicas) {
        this(client, json, indexPrefix, shards, replicas, MAX_PAGE);
    }

    /** With hits paged by {@code page} (tests page small to see paging work). */
    PercolatorClassifier(RestClient client, ObjectMapper json, String indexPrefix, int shards, int replicas, int page) {
        this.client = client;
        this.page = page;
        this.json = json;
        this.filters = indexPrefix + "-filters";
        this.items = indexPrefix + "-items";
        this.shards = shards;
        this.replicas = replicas;
    }

    private void ensureIndices() {
        if (indicesReady) return;
        createIfMissing(filters, shards, replicas, true);
        createIfMissing(items, shards, replicas, false);
        indicesReady = true;
    }

    private void createIfMissing(String index, int shards, int replicas, boolean percolator) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ItemFields.KEY, Map.of("type", "keyword"));
        properties.put(ItemFields.TITLE, Map.of("type", "text", "analyzer", KoreanAnalysis.ENGINE_ANALYZER));
        properties.put(ItemFields.BODY, Map.of("type", "text", "analyzer", KoreanAnalysis.ENGINE_ANALYZER));
        for (String field : ItemFields.KEYWORD_FIELDS) properties.put(field, Map.of("type", "keyword"));
        properties.put(ItemFields.PRICE, Map.of("type", "long"));
        properties.put(ItemFields.IMAGES, Map.of("type", "integer"));
        if (percolator) {
            properties.put("filter_id", Map.of("type", "keyword"));
            properties.put("subject", Map.of("type", "keyword"));
            properties.put("query", Map.of("type", "percolator"));
        }
        try {
            Map<String, Object> settings = new LinkedHashMap<>(json.readValue(KoreanAnalysis.ENGINE_SETTINGS, Map.class));
            settings.put("number_of_shards", shards);
            settings.put("number_of_replicas", replicas);
            // Writes wait for the refresh (refresh=wait_for): a short interval keeps a pool a fraction of a second behind.
            settings.put("refresh_interval", "100ms");
            Request create = new Request("PUT", "/" + index);
            create.setEntity(body(Map.of("settings", settings, "mappings", Map.of("dynamic", "strict", "properties", properties))));
            client.performRequest(create);
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 400 && e.getMessage().contains("resource_already_exists_exception")) return;
            throw unavailable("creating index " + index, e);
        } catch (IOException e) {
            throw unavailable("creating index " + index, e);
        }
    }

    @Override
    public void storeFilters(List<StoredFilter> batch) {
        ensureIndices();
        if (batch.isEmpty()) return;
        StringBuilder bulk = new StringBuilder();
        for (StoredFilter filter : batch) {
            bulk.append(line(Map.of("index", Map.of("_index", filters, "_id", filter.id().toString()))));
            bulk.append(line(Map.of("filter_id", filter.id().toString(), "subject", filter.subject().name(),
                    "query", PercolatorQueries.of(filter.subject(), filter.condition()))));
        }
        bulk(bulk);
    }

    @Override
    public void removeFilters(Collection<UUID> ids) {
        ensureIndices();
        if (ids.isEmpty()) return;
        StringBuilder bulk = new StringBuilder();
        for (UUID id : ids) bulk.append(line(Map.of("delete", Map.of("_index", filters, "_id", id.toString()))));
        bulk(bulk);
    }

    @Override
    public Map<ItemKey, Set<UUID>> classify(List<Item> batch) {
        ensureIndices();
        Map<ItemKey, Set<UUID>> matched = new LinkedHashMap<>();
        for (Item item : batch) matched.put(item.key(), new HashSet<>());
        Map<ItemKind, List<Item>> byKind = new LinkedHashMap<>();
        for (Item item : batch) byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
        for (Map.Entry<ItemKind, List<Item>> kind : byKind.entrySet()) {
            List<Item> same = kind.getValue();
            List<Map<String, Object>> documents = same.stream().map(PercolatorClassifier::document).toList();
            Map<String, Object> query = Map.of("constant_score", Map.of("filter", Map.of("bool", Map.of("filter", List.of(
                    Map.of("term", Map.of("subject", kind.getKey().name())),
                    Map.of("percolate", Map.of("field", "query", "documents", documents)))))));
            search(filters, query, "filter_id", hit -> {
                UUID filter = UUID.fromString(hit.path("_id").asText());
                JsonNode slots = hit.path("fields").path("_percolator_document_slot");
                // One document alone has no slots in some versions: it is then slot 0.
                if (slots.isMissingNode()) matched.get(same.get(0).key()).add(filter);
                for (JsonNode slot : slots) matched.get(same.get(slot.asInt()).key()).add(filter);
            });
        }
        return matched;
    }

    @Override
    public void storeItems(List<Item> batch) {
        ensureIndices();
        if (batch.isEmpty()) return;
        StringBuilder bulk = new StringBuilder();
        for (Item item : batch) {
            bulk.append(line(Map.of("index", Map.of("_index", items, "_id", item.key().value()))));
            bulk.append(line(document(item)));
        }
        bulk(bulk);
    }

    @Override
    public void removeItems(Collection<ItemKey> keys) {
        ensureIndices();
        if (keys.isEmpty()) return;
        StringBuilder bulk = new StringBuilder();
        for (ItemKey key : keys) bulk.append(line(Map.of("delete", Map.of("_index", items, "_id", key.value()))));
        bulk(bulk);
    }

    @Override
    public void matchingItems(StoredFilter filter, int pageSize, Consumer<List<ItemKey>> page) {
        ensureIndices();
        List<ItemKey> keys = new ArrayList<>();
        search(items, PercolatorQueries.of(filter.subject(), filter.condition()), ItemFields.KEY, hit -> {
            keys.add(ItemKey.parse(hit.path("_id").asText()));
            if (keys.size() == pageSize) {
                page.accept(List.copyOf(keys));
                keys.clear();
            }
        });
        if (!keys.isEmpty()) page.accept(keys);
    }

    /** Every hit of the query, sorted by {@code sortField} and paged with search_after. */
    private void search(String index, Map<String, Object> query, String sortField, Consumer<JsonNode> hit) {
        Object after = null;
        while (true) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("size", page);
            body.put("_source", false);
            body.put("track_total_hits", false);
            body.put("query", query);
            body.put("sort", List.of(Map.of(sortField, "asc")));
            if (after != null) body.put("search_after", List.of(after));
            Request search = new Request("POST", "/" + index + "/_search");
            search.setEntity(body(body));
            JsonNode hits = call(search, "searching " + index).path("hits").path("hits");
            for (JsonNode h : hits) hit.accept(h);
            if (hits.size() < page) return;
            after = hits.get(hits.size() - 1).path("sort").get(0).asText();
        }
    }

    static Map<String, Object> document(Item item) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(ItemFields.KEY, item.key().value());
        doc.put(ItemFields.TITLE, item.title());
        doc.put(ItemFields.BODY, item.body());
        doc.putAll(ItemFields.keywords(item));
        if (item.price() != null) doc.put(ItemFields.PRICE, item.price());
        doc.put(ItemFields.IMAGES, item.imageCount());
        return doc;
    }

    private void bulk(StringBuilder ndjson) {
        Request bulk = new Request("POST", "/_bulk");
        bulk.addParameter("refresh", "wait_for");
        bulk.setEntity(new NStringEntity(ndjson.toString(), ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
        JsonNode answer = call(bulk, "a bulk write");
        if (answer.path("errors").asBoolean()) {
            for (JsonNode item : answer.path("items")) {
                JsonNode result = item.elements().next();
                int status = result.path("status").asInt();
                if (status >= 300 && !(status == 404 && item.has("delete"))) {
                    throw new IllegalStateException("the search engine refused a write: " + result);
                }
            }
        }
    }

    private JsonNode call(Request request, String what) {
        try {
            Response response = client.performRequest(request);
            return json.readTree(response.getEntity().getContent());
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            if (status >= 500 || status == 429) throw unavailable(what, e);
            throw new IllegalStateException("the search engine refused " + what + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw unavailable(what, e);
        }
    }

    private String line(Object value) {
        try {
            return json.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private NStringEntity body(Object value) {
        try {
            return new NStringEntity(json.writeValueAsString(value), ContentType.APPLICATION_JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ClassifierUnavailableException unavailable(String what, Exception e) {
        return new ClassifierUnavailableException("the search engine did not answer " + what + ": " + e.getMessage(), e);
    }
}
