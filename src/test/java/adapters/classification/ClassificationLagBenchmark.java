package adapters.classification;

import com.fasterxml.jackson.databind.ObjectMapper;
import domain.catalog.Region;
import domain.classification.FilterLanguage;
import domain.classification.Item;
import domain.classification.StoredFilter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The lag half of docker/classification-benchmark (run by docker/classification-lag-benchmark against the packaged
 * app): GUDOK_BENCH_FILTERS (10,000) platform pools of the benchmark's corpus created over REST, then partners'
 * content streamed on the content topic at GUDOK_BENCH_RATE (200) items a second for GUDOK_BENCH_SECONDS (60); prints
 * the worker's lag from each record's time to its pools stored, read from the app's own histogram
 * (gudok_classification_lag_seconds{source="content"}), and how many memberships were made.
 */
public final class ClassificationLagBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The lag is printed over the whole stream, and over what was recorded after this many seconds of it. */
    private static final int WARM_UP_SECONDS = 15;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String api = env("GUDOK_BENCH_API", "http://127.0.0.1:8095"), metrics = env("GUDOK_BENCH_METRICS", "http://127.0.0.1:8195/q/metrics");
        String token = System.getenv("GUDOK_BENCH_TOKEN"), topic = env("GUDOK_BENCH_TOPIC", "gudok-bench-cls.content");
        int filters = Integer.parseInt(env("GUDOK_BENCH_FILTERS", "10000")), rate = Integer.parseInt(env("GUDOK_BENCH_RATE", "200"));
        int seconds = Integer.parseInt(env("GUDOK_BENCH_SECONDS", "60"));

        List<StoredFilter> pools = new BenchmarkCorpus(filters).filters(filters);
        long started = System.nanoTime();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        for (StoredFilter pool : pools) {
            sent.add(senders.submit(() -> {
                Map<String, Object> body = Map.of("name", "bench " + pool.id(), "subject", pool.subject().name(),
                        "filter", FilterLanguage.write(pool.condition()));
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/admin/pools"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 201) refused.incrementAndGet();
                return null;
            }));
        }
        for (Future<?> f : sent) f.get();
        senders.shutdown();
        say("%d pools created over REST in %.1f s (%d refused)", filters - refused.get(), (System.nanoTime() - started) / 1e9, refused.get());
        long stored = waitFor(metrics, "filter", filters - refused.get(), Duration.ofMinutes(10));
        say("the worker stored and back-filled them %.1f s after the first (filter lag samples: %d)", (System.nanoTime() - started) / 1e9, stored);

        List<Item> items = new BenchmarkCorpus(7L).items("lag-", rate * seconds);
        TreeMap<Double, Long> warm = null;
        long before = count(metrics, "content");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, env("GUDOK_BENCH_KAFKA", "127.0.0.1:9092"), ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new StringSerializer())) {
            long streamStart = System.nanoTime(), interval = 1_000_000_000L / rate;
            for (int i = 0; i < items.size(); i++) {
                if (i == rate * WARM_UP_SECONDS) warm = bucketsOrNone(fetch(metrics)); // what the first seconds recorded
                long due = streamStart + i * interval;
                while (System.nanoTime() < due) Thread.onSpinWait();
                Item item = items.get(i);
                String id = "i" + i;
                producer.send(new ProducerRecord<>(topic, "bench:" + id, JSON.writeValueAsString(content("bench", id, item))));
            }
            producer.flush();
            say("%d content items sent at %d/s in %.1f s", items.size(), rate, (System.nanoTime() - streamStart) / 1e9);
        }
        waitFor(metrics, "content", before + items.size(), Duration.ofMinutes(10));
        String page = fetch(metrics);
        TreeMap<Double, Long> buckets = buckets(page, "content");
        long total = buckets.lastEntry().getValue();
        say("event-to-membership lag of the %d content items (the app's histogram, source=content): p50 %s, p99 %s, max %s",
                total, quantile(buckets, 0.5), quantile(buckets, 0.99), gauge(page, "gudok_classification_lag_seconds_max", "content"));
        if (warm != null) {
            TreeMap<Double, Long> later = new TreeMap<>();
            TreeMap<Double, Long> first = warm;
            buckets.forEach((bound, count) -> later.put(bound, count - first.getOrDefault(bound, 0L)));
            say("  the same, of the %d recorded after the first %d s (the JIT and the first batches warmed up): p50 %s, p99 %s",
                    later.lastEntry().getValue(), WARM_UP_SECONDS, quantile(later, 0.5), quantile(later, 0.99));
        }
        say("memberships and alert matches recorded: %s", gauge(page, "gudok_classification_matches_total", null));
    }

    /** A corpus item as a record of the content stream (its schema: /schemas/content-item.json). */
    static Map<String, Object> content(String source, String id, Item item) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("source", source);
        value.put("id", id);
        value.put("title", item.title());
        value.put("body", item.body());
        if (item.category() != null) value.put("category", item.category().code());
        value.put("tags", item.tags());
        List<String> images = new ArrayList<>();
        for (int i = 0; i < item.imageCount(); i++) images.add("https://img.example.com/" + id + "/" + i + ".png");
        value.put("imageUrls", images);
        if (item.price() != null) value.put("price", item.price());
        value.put("regions", item.regions().stream().map(Region::code).toList());
        return value;
    }

    private static long waitFor(String metrics, String source, long wanted, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos(), seen = 0;
        while (System.nanoTime() < deadline && (seen = count(metrics, source)) < wanted) Thread.sleep(500);
        if (seen < wanted) throw new IllegalStateException("the worker stored " + seen + " of " + wanted + " " + source + " changes in time");
        return seen;
    }

    private static long count(String metrics, String source) throws Exception {
        Matcher m = Pattern.compile("^gudok_classification_lag_seconds_count\\{source=\"" + source + "\"[^}]*} ([0-9.E+]+)$", Pattern.MULTILINE)
                .matcher(fetch(metrics));
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    private static TreeMap<Double, Long> bucketsOrNone(String page) {
        try {
            return buckets(page, "content");
        } catch (IllegalStateException nothingYet) {
            return new TreeMap<>();
        }
    }

    /** The histogram's cumulative buckets, upper bound (seconds) → count. */
    private static TreeMap<Double, Long> buckets(String page, String source) {
        TreeMap<Double, Long> buckets = new TreeMap<>();
        Matcher m = Pattern.compile("^gudok_classification_lag_seconds_bucket\\{le=\"([^\"]+)\",source=\"" + source + "\"[^}]*} ([0-9.E+]+)$|"
                + "^gudok_classification_lag_seconds_bucket\\{source=\"" + source + "\",le=\"([^\"]+)\"[^}]*} ([0-9.E+]+)$", Pattern.MULTILINE).matcher(page);
        while (m.find()) {
            String le = m.group(1) != null ? m.group(1) : m.group(3), n = m.group(2) != null ? m.group(2) : m.group(4);
            buckets.put(le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le), (long) Double.parseDouble(n));
        }
        if (buckets.isEmpty()) throw new IllegalStateException("no lag histogram for " + source);
        return buckets;
    }

    /** The bucket bound under which at least this share of samples fell (an upper bound of the quantile). */
    private static String quantile(TreeMap<Double, Long> buckets, double share) {
        long total = buckets.lastEntry().getValue();
        for (Map.Entry<Double, Long> bucket : buckets.entrySet()) {
            if (bucket.getValue() >= Math.ceil(share * total)) return String.format(Locale.ROOT, "≤ %.0f ms", bucket.getKey() * 1000);
        }
        return "?";
    }

    private static String gauge(String page, String name, String source) {
        Matcher m = Pattern.compile("^" + name + "(\\{[^}]*})? ([0-9.E+]+)$", Pattern.MULTILINE).matcher(page);
        while (m.find()) {
            if (source == null || (m.group(1) != null && m.group(1).contains("source=\"" + source + "\""))) {
                double value = Double.parseDouble(m.group(2));
                return name.endsWith("_max") ? String.format(Locale.ROOT, "%.0f ms", value * 1000) : String.format(Locale.ROOT, "%.0f", value);
            }
        }
        return "?";
    }

    private static String fetch(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String env(String name, String otherwise) {
        return System.getenv().getOrDefault(name, otherwise);
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[classification-lag] " + format + "%n", args);
    }
}
