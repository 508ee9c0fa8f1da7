package adapters.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A push gateway on loopback, for tests: it records every message (its JSON and Idempotency-Key) and answers 200,
 * or 503 to the next {@link #failNext} calls. One for the test JVM, started before the application so its URL can
 * be configured.
 */
final class PushGateway {
    record Pushed(String idempotencyKey, JsonPath message) {
        String userId() {
            return message.getString("userId");
        }
    }

    static final PushGateway INSTANCE = new PushGateway();

    private final HttpServer server;
    private final List<Pushed> pushed = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();

    private PushGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/push", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "test-push-gateway");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/push";
    }

    List<Pushed> to(String userId) {
        return pushed.stream().filter(p -> userId.equals(p.userId())).toList();
    }

    void failNext(int calls) {
        failures.set(calls);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean fail = failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        if (!fail) pushed.add(new Pushed(exchange.getRequestHeaders().getFirst("Idempotency-Key"), JsonPath.from(body)));
        exchange.sendResponseHeaders(fail ? 503 : 200, -1);
        exchange.close();
    }
}
