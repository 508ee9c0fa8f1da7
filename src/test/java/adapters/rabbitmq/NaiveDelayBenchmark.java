package adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The design the seed talk warns about, for docker/scheduler-benchmark to compare with the delay
 * tiers: one queue, per-message TTL, mixed delays, dead-lettered to a ready queue when they expire.
 * RabbitMQ expires a message only at the head of the queue, so a short delay waits behind a long one.
 *
 * <p>Usage: {@code NaiveDelayBenchmark DELAYS_FILE [RABBITMQ_HOST]}; the file holds one delay in ms per
 * line. Publishes every job as fast as it can, each with expiration = its delay, then records when
 * each arrives on the ready queue. Prints the same figures as the benchmark prints for the tiers.
 */
public final class NaiveDelayBenchmark {
    private static final String QUEUE = "gudok-bench.naive";
    private static final String DUE = "gudok-bench.naive-due";
    private static final String READY = "gudok-bench.naive-ready";

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        long[] delays = lines.stream().filter(l -> !l.isBlank()).mapToLong(Long::parseLong).toArray();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(args.length > 1 ? args[1] : "127.0.0.1");
        factory.setUsername(System.getenv().getOrDefault("GUDOK_RABBITMQ_USER", "gudok"));
        factory.setPassword(System.getenv().getOrDefault("GUDOK_RABBITMQ_PASSWORD", "gudok"));
        try (Connection connection = factory.newConnection("naive-delay-benchmark")) {
            Channel setup = connection.createChannel();
            setup.queueDelete(QUEUE);
            setup.queueDelete(READY);
            setup.exchangeDeclare(DUE, BuiltinExchangeType.FANOUT, true);
            setup.queueDeclare(READY, true, false, false, null);
            setup.queueBind(READY, DUE, "");
            setup.queueDeclare(QUEUE, true, false, false, Map.of("x-dead-letter-exchange", DUE));

            long[] dueNanos = new long[delays.length];
            long[] arrivedNanos = new long[delays.length];
            AtomicInteger arrived = new AtomicInteger();
            AtomicInteger duplicates = new AtomicInteger();
            Channel consumer = connection.createChannel();
            consumer.basicQos(500);
            DeliverCallback onArrival = (tag, delivery) -> {
                long now = System.nanoTime();
                int job = Integer.parseInt(new String(delivery.getBody(), StandardCharsets.US_ASCII));
                synchronized (arrivedNanos) {
                    if (arrivedNanos[job] != 0) duplicates.incrementAndGet();
                    else arrivedNanos[job] = now;
                }
                arrived.incrementAndGet();
                consumer.basicAck(delivery.getEnvelope().getDeliveryTag(), false);
            };
            consumer.basicConsume(READY, false, onArrival, tag -> { });

            Channel publisher = connection.createChannel();
            publisher.confirmSelect();
            long start = System.nanoTime();
            for (int job = 0; job < delays.length; job++) {
                long now = System.nanoTime();
                dueNanos[job] = now + delays[job] * 1_000_000;
                AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                        .deliveryMode(2).expiration(Long.toString(delays[job])).build();
                publisher.basicPublish("", QUEUE, properties, Integer.toString(job).getBytes(StandardCharsets.US_ASCII));
                if (job % 1000 == 999) publisher.waitForConfirmsOrDie(60_000);
            }
            publisher.waitForConfirmsOrDie(60_000);
            double publishSeconds = (System.nanoTime() - start) / 1e9;
            long lastDue = Arrays.stream(dueNanos).max().orElse(start);
            long deadline = lastDue + 120_000_000_000L;
            while (arrived.get() < delays.length && System.nanoTime() < deadline) Thread.sleep(200);
            Thread.sleep(1_000);

            long[] lateness = new long[delays.length];
            int lost = 0;
            int n = 0;
            long firstArrival = Long.MAX_VALUE;
            long lastArrival = 0;
            for (int job = 0; job < delays.length; job++) {
                if (arrivedNanos[job] == 0) {
                    lost++;
                    continue;
                }
                lateness[n++] = arrivedNanos[job] - dueNanos[job];
                firstArrival = Math.min(firstArrival, arrivedNanos[job]);
                lastArrival = Math.max(lastArrival, arrivedNanos[job]);
            }
            long[] sorted = Arrays.copyOf(lateness, n);
            Arrays.sort(sorted);
            System.out.printf("RESULT naive jobs=%d published_in_s=%.1f lateness_ms_p50=%d p99=%d max=%d"
                            + " handled_per_s=%.0f lost=%d duplicated=%d%n",
                    delays.length, publishSeconds, millis(sorted, 0.50), millis(sorted, 0.99),
                    n == 0 ? -1 : sorted[n - 1] / 1_000_000,
                    n / Math.max(0.001, (lastArrival - firstArrival) / 1e9), lost, duplicates.get());
            setup.queueDelete(QUEUE);
            setup.queueDelete(READY);
        }
    }

    private static long millis(long[] sorted, double quantile) {
        if (sorted.length == 0) return -1;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1_000_000;
    }
}
