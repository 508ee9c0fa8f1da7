package adapters.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner's webhook receiver on loopback, for tests: it records every request it gets (per path) and answers as
 * its path says: {@code /ok} 200; {@code /flaky} 500 on the first call, then 200; {@code /gone} 410; {@code /moved}
 * 303 to {@code /ok}; {@code /busy} 429 with Retry-After: 1 on the first call, then 200; {@code /big} 500 with a
 * 64 KiB body; {@code /slow} does not answer until the receiver closes (the test profile cuts off at 3 s). Verification of the signatures is the test's, with the Standard Webhooks library.
 */
final class WebhookReceiver implements AutoCloseable {
    record Received(String path, String id, String timestamp, String signature, String body) {
        Map<String, List<String>> headers() {
            return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(timestamp), "webhook-signature", List.of(signature));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().startsWith(path)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        received.add(new Received(path, headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                headers.getFirst("webhook-signature"), body));
        int call = calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        int status;
        byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
        if (path.startsWith("/flaky")) {
            status = call == 1 ? 500 : 200;
        } else if (path.startsWith("/gone")) {
            status = 410;
        } else if (path.startsWith("/moved")) {
            exchange.getResponseHeaders().add("Location", url("/ok"));
            status = 303; // See Other: a client that follows redirects would GET /ok
        } else if (path.startsWith("/busy")) {
            if (call == 1) exchange.getResponseHeaders().add("Retry-After", "1");
            status = call == 1 ? 429 : 200;
        } else if (path.startsWith("/slow")) {
            try {
                closed.await(30, java.util.concurrent.TimeUnit.SECONDS); // hangs: the sender must give up first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            status = 200;
        } else if (path.startsWith("/big")) {
            status = 500;
            answer = ("\u0000broken " + "x".repeat(64 * 1024)).getBytes(StandardCharsets.UTF_8);
        } else {
            status = 200;
        }
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
