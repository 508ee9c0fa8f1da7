package adapters.classification;

import com.fasterxml.jackson.databind.ObjectMapper;
import domain.classification.FilterLanguage;
import domain.classification.Item;
import domain.classification.ItemKey;
import domain.classification.ItemKind;
import domain.classification.StoredFilter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The driver of docker/classification-crash-test, in three steps the script runs around its kills:
 * <ol>
 *   <li>{@code pools}: GUDOK_CRASH_POOLS (300) platform pools over content, from the benchmark's corpus, created over
 *       REST; their ids are written to a file;</li>
 *   <li>{@code stream}: GUDOK_CRASH_ITEMS (3,000) content items on the content topic at GUDOK_CRASH_RATE (100) a second,
 *       then new versions of every fifth and tombstones of every tenth (the script kills the app and restarts the
 *       search engine meanwhile);</li>
 *   <li>{@code verify}: waits (up to GUDOK_CRASH_PATIENCE_S, 300 s) until PostgreSQL's pool members are what the plain
 *       loop over the same filters and the items' last versions says they must be, and prints what is missing or
 *       extra if they never are. Exits non-zero then.</li>
 * </ol>
 * Every step derives the same pools and items from fixed seeds.
 */
public final class ClassificationCrashCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SOURCE = "crash";

    public static void main(String[] args) throws Exception {
        int pools = Integer.parseInt(env("GUDOK_CRASH_POOLS", "300")), items = Integer.parseInt(env("GUDOK_CRASH_ITEMS", "3000"));
        Path ids = Path.of(env("GUDOK_CRASH_POOL_IDS", "/tmp/gudok-crash-pools.txt"));
        List<StoredFilter> filters = contentFilters(pools);
        switch (args[0]) {
            case "pools" -> createPools(filters, ids);
            case "stream" -> stream(items);
            case "verify" -> System.exit(verify(filters, ids, items) ? 0 : 1);
            default -> throw new IllegalArgumentException("pools, stream or verify");
        }
    }

    /** The corpus's filters over content (its plan filters would match nothing here). */
    private static List<StoredFilter> contentFilters(int count) {
        List<StoredFilter> content = new ArrayList<>();
        for (StoredFilter filter : new BenchmarkCorpus(11L).filters(count * 5)) {
            if (filter.subject() == ItemKind.CONTENT && content.size() < count) content.add(filter);
        }
        return content;
    }

    private static void createPools(List<StoredFilter> filters, Path ids) throws Exception {
        String api = env("GUDOK_CRASH_API", "http://127.0.0.1:8096"), token = System.getenv("GUDOK_CRASH_TOKEN");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            StoredFilter pool = filters.get(i);
            Map<String, Object> body = Map.of("name", "crash " + i, "subject", "CONTENT", "filter", FilterLanguage.write(pool.condition()));
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/admin/pools"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) throw new IllegalStateException("pool " + i + " refused: " + answer.body());
            lines.add(JSON.readTree(answer.body()).get("id").asText() + " " + i);
        }
        Files.write(ids, lines);
        say("%d pools created", filters.size());
    }

    /** What is sent, in order: each item, then a new version of every fifth, then a tombstone of every tenth. */
    private static List<Map.Entry<String, Item>> records(int count) {
        List<Item> first = new BenchmarkCorpus(12L).items("c", count), second = new BenchmarkCorpus(13L).items("c", count);
        List<Map.Entry<String, Item>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) records.add(Map.entry("c" + i, first.get(i)));
        for (int i = 0; i < count; i += 5) records.add(Map.entry("c" + i, second.get(i)));
        for (int i = 0; i < count; i += 10) records.add(new java.util.AbstractMap.SimpleEntry<>("c" + i, null));
        return records;
    }

    private static void stream(int count) throws Exception {
        String topic = env("GUDOK_CRASH_TOPIC", "gudok-crash-cls.content");
        int rate = Integer.parseInt(env("GUDOK_CRASH_RATE", "100"));
        List<Map.Entry<String, Item>> records = records(count);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, env("GUDOK_CRASH_KAFKA", "127.0.0.1:9092"), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
            long start = System.nanoTime(), interval = 1_000_000_000L / rate;
            for (int i = 0; i < records.size(); i++) {
                while (System.nanoTime() < start + i * interval) Thread.onSpinWait();
                Map.Entry<String, Item> record = records.get(i);
                String value = record.getValue() == null ? null
                        : JSON.writeValueAsString(ClassificationLagBenchmark.content(SOURCE, record.getKey(), record.getValue()));
                producer.send(new ProducerRecord<>(topic, SOURCE + ":" + record.getKey(), value)).get(); // acknowledged, in order
            }
        }
        say("%d records sent (%d items, then new versions and tombstones)", records.size(), count);
    }

    private static boolean verify(List<StoredFilter> filters, Path ids, int count) throws Exception {
        Map<String, UUID> byIndex = new HashMap<>(); // the corpus's filter id → the pool's id in the app
        for (String line : Files.readAllLines(ids)) {
            String[] parts = line.split(" ");
            byIndex.put(filters.get(Integer.parseInt(parts[1])).id().toString(), UUID.fromString(parts[0]));
        }
        Map<String, Item> last = new LinkedHashMap<>();
        for (Map.Entry<String, Item> record : records(count)) last.put(record.getKey(), record.getValue());
        NaiveLoop reference = new NaiveLoop(new KoreanAnalysis(), filters);
        Set<String> expected = new TreeSet<>();
        for (Map.Entry<String, Item> item : last.entrySet()) {
            if (item.getValue() == null) continue; // deleted
            Item i = item.getValue();
            Item asContent = new Item(new ItemKey(ItemKind.CONTENT, SOURCE + ":" + item.getKey()), i.title(), i.body(), i.category(),
                    i.tags(), i.imageCount(), i.price(), i.regions(), null, null, null, null, List.of(), null);
            for (UUID filter : reference.matches(asContent)) expected.add(byIndex.get(filter.toString()) + " " + asContent.key().value());
        }
        say("%d memberships expected over %d pools and %d items (%d deleted)", expected.size(), filters.size(), count,
                last.values().stream().filter(java.util.Objects::isNull).count());
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(env("GUDOK_CRASH_PATIENCE_S", "300"))).toNanos();
        Set<String> actual = Set.of();
        while (System.nanoTime() < deadline) {
            actual = members();
            if (actual.equals(expected)) {
                say("PASS: every item is in exactly the pools it belongs to (%d memberships)", actual.size());
                return true;
            }
            Thread.sleep(2_000);
        }
        Set<String> missing = new TreeSet<>(expected), extra = new TreeSet<>(actual);
        missing.removeAll(actual);
        extra.removeAll(expected);
        say("FAIL: %d memberships missing, %d extra; first missing %s; first extra %s", missing.size(), extra.size(),
                missing.stream().limit(5).toList(), extra.stream().limit(5).toList());
        return false;
    }

    private static Set<String> members() throws Exception {
        Set<String> members = new HashSet<>();
        try (Connection db = DriverManager.getConnection(env("GUDOK_CRASH_JDBC", "jdbc:postgresql://127.0.0.1:5432/gudok_crash_classification"),
                "gudok", "gudok"); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT filter_id, item_key FROM pool_members WHERE item_key LIKE 'content:" + SOURCE + ":%'")) {
            while (rows.next()) members.add(rows.getString(1) + " " + rows.getString(2));
        }
        return members;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static void say(String format, Object... args) {
        System.out.printf("[classification-crash-test] " + format + "%n", args);
    }
}
