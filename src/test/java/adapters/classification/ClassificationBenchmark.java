package adapters.classification;

import com.fasterxml.jackson.databind.JsonNode;
import domain.classification.Classifier;
import domain.classification.Item;
import domain.classification.ItemKey;
import domain.classification.StoredFilter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * docker/classification-benchmark: the naive loop, Lucene Monitor embedded and the search engine's percolator (one item
 * per request, and batches) on the same generated filters and items, at each number of filters; items per second,
 * latency per call, the classifier's memory, and the match counts, which must agree item by item (the run fails when
 * they do not). Each contestant classifies the items in order until it has done them all or its time is up; the items
 * all of them did are compared.
 *
 * <p>Settings (environment): GUDOK_BENCH_SIZES (1000,10000,100000), GUDOK_BENCH_ITEMS (2000), GUDOK_BENCH_SECONDS
 * (20, per contestant and mode), GUDOK_BENCH_BATCH (100), GUDOK_BENCH_ENGINE (all | embedded: no search engine),
 * GUDOK_BENCH_SHARDS (2: the filters index's shards, searched side by side, one per core).
 */
public final class ClassificationBenchmark {
    private static final String PREFIX = "bench-classification";

    private record Run(String name, int items, double seconds, long[] callNanos, Map<ItemKey, Set<UUID>> matched) {
        double perSecond() {
            return items / seconds;
        }

        double percentileMs(double p) {
            long[] sorted = callNanos.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

        long matches() {
            return matched.values().stream().mapToLong(Set::size).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(env("GUDOK_BENCH_SIZES", "1000,10000,100000").split(",")).mapToInt(Integer::parseInt).toArray();
        int itemCount = Integer.parseInt(env("GUDOK_BENCH_ITEMS", "2000"));
        double seconds = Double.parseDouble(env("GUDOK_BENCH_SECONDS", "20"));
        int batch = Integer.parseInt(env("GUDOK_BENCH_BATCH", "100"));
        boolean engine = !env("GUDOK_BENCH_ENGINE", "all").equals("embedded");
        int shards = Integer.parseInt(env("GUDOK_BENCH_SHARDS", "2"));
        KoreanAnalysis analysis = new KoreanAnalysis();
        BenchmarkCorpus corpus = new BenchmarkCorpus(20_261_207L);
        List<Item> warmUp = corpus.items("warm-", 300);
        List<Item> items = corpus.items("item-", itemCount);
        say("search engine: the filters index in %d shards, no replica", shards);
        say("vocabulary: %d nouns of nori's dictionary, e.g. %s; %d items (%d warm-up), batches of %d, %.0f s per contestant",
                corpus.words().size(), corpus.words().subList(0, 8), items.size(), warmUp.size(), batch, seconds);
        System.out.printf("%n%-8s %-22s %9s %10s %10s %9s %9s %9s %12s%n", "filters", "contestant", "load s", "memory MB",
                "items/s", "p50 ms", "p99 ms", "items", "matches");
        try (RestClient client = engine ? SearchEngine.client() : null) {
            for (int size : sizes) {
                List<StoredFilter> filters = new BenchmarkCorpus(size).filters(size);
                List<Run> runs = new ArrayList<>();

                long before = heapUsed();
                long started = System.nanoTime();
                NaiveLoop naive = new NaiveLoop(analysis, filters);
                double load = (System.nanoTime() - started) / 1e9;
                long memory = heapUsed() - before;
                long warmUntil = System.nanoTime() + 3_000_000_000L; // as long as the others' warm-up, about
                for (int i = 0; System.nanoTime() < warmUntil; i++) naive.matches(warmUp.get(i % warmUp.size()));
                runs.add(report(size, run("naive loop", items, 1, seconds, b -> Map.of(b.get(0).key(), naive.matches(b.get(0)))), load, memory));

                before = heapUsed();
                started = System.nanoTime();
                try (LuceneMonitorClassifier monitor = new LuceneMonitorClassifier(analysis)) {
                    monitor.storeFilters(filters);
                    load = (System.nanoTime() - started) / 1e9;
                    memory = heapUsed() - before;
                    warm(monitor, warmUp, batch);
                    runs.add(report(size, run("embedded, single", items, 1, seconds, monitor::classify), load, memory));
                    runs.add(report(size, run("embedded, batched", items, batch, seconds, monitor::classify), load, memory));
                }
                if (engine) {
                    SearchEngine.deleteIndices(client, PREFIX);
                    PercolatorClassifier percolator = new PercolatorClassifier(client, SearchEngine.JSON, PREFIX, shards, 0);
                    started = System.nanoTime();
                    for (int from = 0; from < filters.size(); from += 2_000) {
                        percolator.storeFilters(filters.subList(from, Math.min(filters.size(), from + 2_000)));
                    }
                    load = (System.nanoTime() - started) / 1e9;
                    memory = storeBytes(client);
                    warm(percolator, warmUp, batch);
                    runs.add(report(size, run("search engine, single", items, 1, seconds, percolator::classify), load, memory));
                    runs.add(report(size, run("search engine, batched", items, batch, seconds, percolator::classify), load, memory));
                    SearchEngine.deleteIndices(client, PREFIX);
                }
                compare(size, runs);
            }
        }
        say("memory: the heap the contestant holds after a full GC (the search engine: its index on disk, which it maps)");
    }

    private static void warm(Classifier classifier, List<Item> warmUp, int batch) {
        for (int from = 0; from < warmUp.size(); from += batch) classifier.classify(warmUp.subList(from, Math.min(warmUp.size(), from + batch)));
        for (Item item : warmUp.subList(0, 100)) classifier.classify(List.of(item));
    }

    private static Run run(String name, List<Item> items, int batch, double seconds, Function<List<Item>, Map<ItemKey, Set<UUID>>> classify) {
        Map<ItemKey, Set<UUID>> matched = new HashMap<>();
        List<Long> calls = new ArrayList<>();
        long started = System.nanoTime(), deadline = started + (long) (seconds * 1e9);
        int done = 0;
        while (done < items.size() && System.nanoTime() < deadline) {
            List<Item> next = items.subList(done, Math.min(items.size(), done + batch));
            long before = System.nanoTime();
            matched.putAll(classify.apply(next));
            calls.add(System.nanoTime() - before);
            done += next.size();
        }
        return new Run(name, done, (System.nanoTime() - started) / 1e9, calls.stream().mapToLong(Long::longValue).toArray(), matched);
    }

    private static Run report(int size, Run run, double load, long memory) {
        System.out.printf(Locale.ROOT, "%-8d %-22s %9.1f %10.1f %10.0f %9.2f %9.2f %9d %12d%n", size, run.name(), load, memory / 1048576.0,
                run.perSecond(), run.percentileMs(0.5), run.percentileMs(0.99), run.items(), run.matches());
        return run;
    }

    /** Every contestant found the same filters for every item they all classified. */
    private static void compare(int size, List<Run> runs) {
        int common = runs.stream().mapToInt(Run::items).min().orElse(0);
        Run reference = runs.stream().filter(r -> r.items() == runs.stream().mapToInt(Run::items).max().orElse(0)).findFirst().orElseThrow();
        long matches = 0;
        for (ItemKey key : runs.stream().filter(r -> r.items() == common).findFirst().orElseThrow().matched().keySet()) {
            Set<UUID> expected = reference.matched().get(key);
            matches += expected.size();
            for (Run run : runs) {
                if (!expected.equals(run.matched().get(key))) {
                    throw new IllegalStateException(run.name() + " disagrees with " + reference.name() + " on " + key + " at " + size + " filters");
                }
            }
        }
        Run naive = runs.get(0);
        String speedUp = runs.stream().skip(1).map(r -> String.format(Locale.ROOT, "%s %.0f×", r.name(), r.perSecond() / naive.perSecond()))
                .reduce((a, b) -> a + ", " + b).orElse("");
        say("%d filters: all %d contestants found the same %d matches on the %d items they all classified; against the naive loop: %s",
                size, runs.size(), matches, common, speedUp);
    }

    private static long heapUsed() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long storeBytes(RestClient client) throws Exception {
        client.performRequest(new Request("POST", "/" + PREFIX + "-filters/_refresh"));
        JsonNode stats = SearchEngine.JSON.readTree(client.performRequest(new Request("GET", "/" + PREFIX + "-filters/_stats/store"))
                .getEntity().getContent());
        return stats.path("_all").path("primaries").path("store").path("size_in_bytes").asLong();
    }

    private static String env(String name, String otherwise) {
        return System.getenv().getOrDefault(name, otherwise);
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[classification-bench] " + format + "%n", args);
    }
}
