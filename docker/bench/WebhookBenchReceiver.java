import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webhooks benchmark's receiver: answers every POST, failing the first attempt of FAIL_PERCENT % of the messages
 * (500; chosen by the webhook-id's hash, so the same ones every run). Counts requests, distinct webhook-ids and
 * repeats, and keeps for each message the time from its event (the body's timestamp) to its first attempt's arrival
 * (failed on purpose or not).
 *   java WebhookBenchReceiver.java PORT FAIL_PERCENT
 *   GET /stats          requests, distinct ids, failed answers, repeats of delivered ids
 *   GET /latency?since=ISO  p50/p99/max (ms) of first arrivals whose event is at or after since
 */
public class WebhookBenchReceiver {
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");
    private static final Map<String, Boolean> delivered = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> failedOnce = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> seen = new ConcurrentHashMap<>();
    private static final List<long[]> firstArrivals = Collections.synchronizedList(new ArrayList<>()); // {event epoch ms, latency ms}
    private static final AtomicLong requests = new AtomicLong();
    private static final AtomicLong failed = new AtomicLong();
    private static final AtomicLong repeats = new AtomicLong();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        int failPercent = Integer.parseInt(args[1]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/stats", exchange -> answer(exchange, 200, "requests=" + requests + " distinct=" + delivered.size()
                + " failed=" + failed + " repeats=" + repeats));
        server.createContext("/latency", WebhookBenchReceiver::latency);
        server.createContext("/", exchange -> {
            long now = System.currentTimeMillis();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.incrementAndGet();
            if (id == null) {
                answer(exchange, 400, "no webhook-id");
                return;
            }
            if (seen.putIfAbsent(id, true) == null) {
                Matcher m = TIMESTAMP.matcher(body);
                if (m.find()) {
                    long event = Instant.parse(m.group(1)).toEpochMilli();
                    firstArrivals.add(new long[] {event, now - event});
                }
            }
            if (Math.floorMod(id.hashCode(), 100) < failPercent && failedOnce.putIfAbsent(id, true) == null) {
                failed.incrementAndGet();
                answer(exchange, 500, "failing on purpose");
                return;
            }
            if (delivered.putIfAbsent(id, true) != null) repeats.incrementAndGet();
            answer(exchange, 204, null);
        });
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
        System.out.println("receiving on 127.0.0.1:" + port + ", failing " + failPercent + " % of first attempts");
    }

    private static void latency(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        long since = query == null ? 0 : Instant.parse(query.substring(query.indexOf('=') + 1)).toEpochMilli();
        List<Long> latencies = new ArrayList<>();
        synchronized (firstArrivals) {
            for (long[] arrival : firstArrivals) if (arrival[0] >= since) latencies.add(arrival[1]);
        }
        Collections.sort(latencies);
        String text = latencies.isEmpty() ? "n=0" : "n=" + latencies.size() + " p50=" + at(latencies, 0.50) + " p99="
                + at(latencies, 0.99) + " max=" + latencies.get(latencies.size() - 1);
        answer(exchange, 200, text);
    }

    private static long at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }
}
