package adapters.webhook;

import domain.webhook.PrivateAddresses;
import domain.webhook.RecordAttemptUseCase;
import domain.webhook.RecordAttemptUseCase.AttemptOutcome;
import domain.webhook.WebhookAttempt;
import domain.webhook.WebhookSender;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends webhook attempts over HTTP (Vert.x's client: many requests out at once on few threads). Each endpoint has
 * a lane: at most {@code gudok.webhooks.concurrency} requests out at a time and a bounded queue behind them, so a
 * slow receiver holds back only its own messages; a send the queue has no room for is dropped, and its hand-off
 * lapses and is made again later. Before each request the host is resolved and every address checked (no private,
 * link-local or metadata address; loopback only when allowed), and the request goes to the address that was
 * checked, so a name that resolves differently a moment later (DNS rebinding) changes nothing. No redirect is
 * followed; the answer is read up to 1 KiB; the whole exchange is cut at {@code gudok.webhooks.timeout}.
 */
@ApplicationScoped
public class HttpWebhookSender implements WebhookSender {
    private static final Logger LOG = Logger.getLogger(HttpWebhookSender.class);
    /** How long an attempt the sender had no room for waits in the scheduler before it is made again. */
    private static final Duration POSTPONED = Duration.ofSeconds(30);

    private final RecordAttemptUseCase recorder;
    private final TransactionSynchronizationRegistry transactions;
    private final Vertx vertx;
    private final HttpClient client;
    private final Clock clock = Clock.systemUTC();
    private final Duration timeout;
    private final int concurrency;
    private final int queueLimit;
    private final boolean loopbackAllowed;
    /** Resolving names blocks: it runs here, not on the event loop; recording outcomes has threads of its own. */
    private final ExecutorService resolvers = pool("webhook-resolver", 8);
    private final ExecutorService recorders = pool("webhook-recorder", RECORDERS + 1);
    private final ExecutorService pumps = pool("webhook-pump", 1);
    private final java.util.concurrent.ScheduledExecutorService looks = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-waiting");
        thread.setDaemon(true);
        return thread;
    });
    /** Outcomes waiting to be recorded, taken a batch at a time: one transaction records up to {@link #BATCH}. */
    private final java.util.concurrent.BlockingQueue<Unrecorded> toRecord = new java.util.concurrent.LinkedBlockingQueue<>();
    private static final int RECORDERS = 2;
    private static final int BATCH = 500;
    private final Map<java.util.UUID, Lane> lanes = new ConcurrentHashMap<>();
    /** Outcomes that may wait to be recorded with their lane's slot already given to the next send. */
    private final java.util.concurrent.Semaphore unrecorded = new java.util.concurrent.Semaphore(2_000);
    /** A send that waited in its lane longer than this is dropped: its hand-off lapses before it could be recorded. */
    private final Duration longestWait;

    HttpWebhookSender(RecordAttemptUseCase recorder, TransactionSynchronizationRegistry transactions, Vertx vertx,
                      @ConfigProperty(name = "gudok.webhooks.timeout") Duration timeout,
                      @ConfigProperty(name = "gudok.webhooks.concurrency") int concurrency,
                      @ConfigProperty(name = "gudok.webhooks.queue-per-endpoint") int queueLimit,
                      @ConfigProperty(name = "gudok.webhooks.allow-loopback-targets") boolean loopbackAllowed,
                      @ConfigProperty(name = "gudok.webhooks.hand-off") Duration handOff) {
        this.recorder = recorder;
        this.transactions = transactions;
        this.vertx = vertx;
        this.timeout = timeout;
        this.concurrency = concurrency;
        this.queueLimit = queueLimit;
        this.loopbackAllowed = loopbackAllowed;
        this.longestWait = handOff.minus(timeout.multipliedBy(2));
        if (longestWait.isNegative() || longestWait.isZero()) { // else every send that waits in its lane would be dropped, and made again, forever
            throw new IllegalStateException("gudok.webhooks.hand-off (" + handOff + ") must be longer than twice gudok.webhooks.timeout ("
                    + timeout + ")");
        }
        this.client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(concurrency * 4).setKeepAlive(true)
                .setConnectTimeout((int) Math.min(timeout.toMillis(), 10_000)).setVerifyHost(true).setTryUseCompression(false));
        for (int i = 0; i < RECORDERS; i++) recorders.execute(this::recordBatches);
    }

    /** An outcome to record, and what to do once it is (or could not be). */
    private record Unrecorded(OutgoingWebhook webhook, AttemptOutcome outcome, Runnable then) { }

    /**
     * Records outcomes in batches as they come (one transaction for all that waited, up to {@link #BATCH}): the
     * per-delivery cost is mostly the transaction, so many outcomes share one. A batch that fails is recorded one by
     * one, so one bad outcome does not keep the others from being recorded.
     */
    private void recordBatches() {
        List<Unrecorded> batch = new java.util.ArrayList<>(BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(toRecord.take());
            } catch (InterruptedException stopping) {
                return;
            }
            toRecord.drainTo(batch, BATCH - 1);
            try {
                List<RecordAttemptUseCase.AttemptReport> reports = batch.stream().map(u -> new RecordAttemptUseCase.AttemptReport(
                        u.webhook().messageId(), u.webhook().attempt(), u.webhook().handOff(), u.outcome())).toList();
                QuarkusTransaction.requiringNew().run(() -> recorder.recordAll(reports));
            } catch (RuntimeException batchFailed) {
                LOG.infof("a batch of %d webhook outcomes could not be recorded together (%s); recording them one by one",
                        batch.size(), batchFailed.getMessage());
                batch.forEach(u -> record(u.webhook(), u.outcome()));
            } catch (Error unexpected) { // this thread goes on recording: the lanes' slots depend on it
                LOG.errorf(unexpected, "a batch of %d webhook outcomes could not be recorded; their hand-offs lapse", batch.size());
            } finally {
                batch.forEach(u -> u.then().run());
                batch.clear();
            }
        }
    }

    private static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Started with the application, so that messages left waiting for room by the last process are taken. */
    void onStart(@Observes io.quarkus.runtime.StartupEvent event) {
        looks.scheduleWithFixedDelay(this::lookForWaiting, 1, 2, java.util.concurrent.TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        looks.shutdownNow();
        pumps.shutdownNow();
        resolvers.shutdownNow();
        recorders.shutdownNow();
        client.close();
    }

    @Override
    public void sendAfterCommit(OutgoingWebhook webhook) {
        afterCommit(() -> enqueue(webhook));
    }

    /** Runs {@code action} once the current transaction commits (at once without one); never if it rolls back. */
    private void afterCommit(Runnable action) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            action.run();
            return;
        }
        if (status != Status.STATUS_ACTIVE) return; // rolling back: the hand-off goes with it, the job runs again
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() { }

            @Override
            public void afterCompletion(int completed) {
                if (completed == Status.STATUS_COMMITTED) action.run();
            }
        });
    }

    private void enqueue(OutgoingWebhook webhook) {
        Lane lane = lanes.computeIfAbsent(webhook.endpointId(), Lane::new);
        synchronized (lane) {
            if (lane.out < concurrency) {
                lane.out++;
            } else {
                if (lane.waiting.size() >= queueLimit) {
                    LOG.debugf("webhook %s: endpoint %s has %d waiting; this attempt is made again later", webhook.webhookId(),
                            webhook.endpointId(), lane.waiting.size());
                    postpone(webhook);
                    return;
                }
                lane.waiting.add(new Waiting(webhook, System.nanoTime()));
                return;
            }
        }
        start(webhook, lane);
    }

    private void start(OutgoingWebhook webhook, Lane lane) {
        try {
            resolvers.execute(() -> resolveAndSend(webhook, lane));
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            finished(lane);
        }
    }

    /** A send ended: the lane's next one that is still worth sending takes its place. */
    private void finished(Lane lane) {
        OutgoingWebhook next = null;
        synchronized (lane) {
            for (Waiting waiting = lane.waiting.poll(); waiting != null; waiting = lane.waiting.poll()) {
                if (Duration.ofNanos(System.nanoTime() - waiting.since()).compareTo(longestWait) < 0) {
                    next = waiting.webhook();
                    break;
                }
                LOG.debugf("webhook %s waited too long to be sent; it is made again later", waiting.webhook().webhookId());
                postpone(waiting.webhook());
            }
            if (next == null) lane.out--;
        }
        if (next != null) start(next, lane);
        boolean roomToFill;
        synchronized (lane) {
            roomToFill = lane.mayHaveWaiting && !lane.pumping && lane.waiting.size() <= queueLimit / 2;
        }
        if (roomToFill) pump(lane);
    }

    @Override
    public int room(java.util.UUID endpointId) {
        Lane lane = lanes.get(endpointId);
        if (lane == null) return concurrency + queueLimit;
        synchronized (lane) {
            return Math.max(0, concurrency - lane.out + queueLimit - lane.waiting.size());
        }
    }

    @Override
    public void waitingAfterCommit(java.util.Set<java.util.UUID> endpointIds) {
        afterCommit(() -> endpointIds.forEach(id -> wake(lanes.computeIfAbsent(id, Lane::new))));
    }

    private void wake(Lane lane) {
        synchronized (lane) {
            lane.mayHaveWaiting = true;
        }
        pump(lane);
    }

    /**
     * Takes as many of the endpoint's waiting messages as the lane has room for (one transaction, up to a batch) and
     * queues them; one pump per lane at a time. The lane pumps again when it has drained to half its queue.
     */
    private void pump(Lane lane) {
        synchronized (lane) {
            if (lane.pumping || !lane.mayHaveWaiting) return;
            lane.pumping = true;
        }
        try {
            pumps.execute(() -> {
                try {
                    int room = Math.min(room(lane.endpointId), BATCH);
                    if (room == 0) return; // the lane pumps again as it drains
                    List<OutgoingWebhook> taken = QuarkusTransaction.requiringNew().call(() -> recorder.takeWaiting(lane.endpointId, room));
                    synchronized (lane) {
                        lane.mayHaveWaiting = taken.size() == room;
                    }
                    taken.forEach(this::enqueue);
                } catch (RuntimeException e) {
                    LOG.debugf("could not take the messages waiting for endpoint %s (%s); the next look finds them", lane.endpointId, e.getMessage());
                } finally {
                    synchronized (lane) {
                        lane.pumping = false;
                    }
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            synchronized (lane) {
                lane.pumping = false;
            }
        }
    }

    /** Messages that wait for room with no lane here knowing it (after a restart, or left by another instance). */
    private void lookForWaiting() {
        try {
            QuarkusTransaction.requiringNew().call(recorder::endpointsWithWaiting).forEach(id -> wake(lanes.computeIfAbsent(id, Lane::new)));
        } catch (RuntimeException e) {
            LOG.debugf("could not look for webhook messages waiting for room (%s); looking again soon", e.getMessage());
        }
    }

    private void resolveAndSend(OutgoingWebhook webhook, Lane lane) {
        AtomicBoolean slot = new AtomicBoolean(); // set once the lane's slot is given back: it is given back once
        try {
            send(webhook, lane, slot);
        } catch (RuntimeException | Error unexpected) {
            LOG.errorf(unexpected, "webhook %s: attempt %d failed before it was sent", webhook.webhookId(), webhook.attempt());
            free(lane, slot);
            record(webhook, new AttemptOutcome(clock.instant(), null, 0, null, "not sent: " + unexpected, null));
        }
    }

    private void free(Lane lane, AtomicBoolean slot) {
        if (slot.compareAndSet(false, true)) finished(lane);
    }

    private void send(OutgoingWebhook webhook, Lane lane, AtomicBoolean slot) {
        Instant started = clock.instant();
        URI uri = URI.create(webhook.url());
        String host = uri.getHost();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        InetAddress address;
        try {
            address = checkedAddress(host);
        } catch (UnknownHostException | RefusedTarget e) {
            free(lane, slot);
            record(webhook, new AttemptOutcome(started, null, 0, null, e.getMessage(), null));
            return;
        }
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        long timestamp = clock.instant().getEpochSecond();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(stripBrackets(host)).setPort(port).setSsl(https).setURI(path).setFollowRedirects(false)
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "gudok-webhooks/1")
                .putHeader("webhook-id", webhook.webhookId())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", StandardWebhooksSignature.of(webhook.webhookId(), timestamp, webhook.payload(), webhook.secrets()));
        Promise<AttemptOutcome> outcome = Promise.promise();
        // Cut off: the whole exchange, however slowly the receiver drips its answer. Reset (the connection closed)
        // only when cut off or when the answer is longer than what is read; a complete answer keeps it for the next.
        Promise<Void> cut = Promise.promise();
        long cutOff = vertx.setTimer(timeout.toMillis(), id -> {
            if (outcome.tryComplete(new AttemptOutcome(started, null, timeout.toMillis(), null,
                    "no answer within " + timeout.toSeconds() + " s", null))) {
                cut.tryComplete();
            }
        });
        try {
            client.request(request)
                    .onFailure(failed -> outcome.tryComplete(failure(started, failed)))
                    .onSuccess(sent -> {
                        cut.future().onComplete(done -> sent.reset());
                        sent.send(Buffer.buffer(webhook.payload()))
                                .onFailure(failed -> outcome.tryComplete(failure(started, failed)))
                                .onSuccess(response -> read(response, started, outcome, cut));
                    });
        } catch (RuntimeException refused) { // from here on, every way out completes the outcome, recorded once below
            outcome.tryComplete(failure(started, refused));
        }
        outcome.future().onComplete(done -> {
            vertx.cancelTimer(cutOff);
            // The receiver is done with: its slot goes to the next while this is recorded, as long as few outcomes
            // wait to be recorded; past that the slot waits for the recording (backpressure, and bounded memory).
            boolean early = unrecorded.tryAcquire();
            if (early) free(lane, slot);
            toRecord.add(new Unrecorded(webhook, done.result(), () -> {
                if (early) unrecorded.release();
                free(lane, slot);
            }));
        });
    }

    /** The status, Retry-After, and the first KiB of the body; the rest is not read. */
    private void read(HttpClientResponse response, Instant started, Promise<AttemptOutcome> outcome, Promise<Void> cut) {
        Buffer head = Buffer.buffer();
        Duration retryAfter = retryAfter(response.getHeader("retry-after"));
        Runnable complete = () -> outcome.tryComplete(new AttemptOutcome(started, response.statusCode(),
                Duration.between(started, clock.instant()).toMillis(), printable(head), null, retryAfter));
        response.handler(chunk -> {
            if (head.length() < WebhookAttempt.BODY_LIMIT) {
                head.appendBuffer(chunk.length() <= WebhookAttempt.BODY_LIMIT - head.length() ? chunk
                        : chunk.getBuffer(0, WebhookAttempt.BODY_LIMIT - head.length()));
            }
            if (head.length() >= WebhookAttempt.BODY_LIMIT) {
                complete.run();
                cut.tryComplete(); // the rest is not read: the connection goes
            }
        });
        response.endHandler(end -> complete.run());
        response.exceptionHandler(failed -> complete.run());
    }

    private AttemptOutcome failure(Instant started, Throwable failed) {
        String why = failed.getClass().getSimpleName() + (failed.getMessage() == null ? "" : ": " + failed.getMessage());
        return new AttemptOutcome(started, null, Duration.between(started, clock.instant()).toMillis(), null, printable(why), null);
    }

    private void record(OutgoingWebhook webhook, AttemptOutcome outcome) {
        try {
            QuarkusTransaction.requiringNew().run(() -> recorder.record(webhook.messageId(), webhook.attempt(), webhook.handOff(), outcome));
        } catch (RuntimeException e) {
            LOG.warnf("webhook %s: attempt %d could not be recorded (%s); it is made again when its hand-off lapses",
                    webhook.webhookId(), webhook.attempt(), e.getMessage());
        }
    }

    /** Gives an attempt there is no room for back to the scheduler, for a few seconds later (its hand-off cleared). */
    private void postpone(OutgoingWebhook webhook) {
        try {
            recorders.execute(() -> {
                try {
                    QuarkusTransaction.requiringNew().run(() -> recorder.postpone(webhook.messageId(), webhook.attempt(), webhook.handOff(), POSTPONED));
                } catch (RuntimeException e) {
                    LOG.debugf("webhook %s could not be postponed (%s); its hand-off lapses", webhook.webhookId(), e.getMessage());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            // the hand-off lapses and the attempt is made again by the next process
        }
    }

    /** An address of {@code host} that may be called: every address it resolves to is checked, the first is used. */
    private InetAddress checkedAddress(String host) throws UnknownHostException {
        InetAddress[] all = InetAddress.getAllByName(stripBrackets(host));
        for (InetAddress address : all) {
            boolean allowed = address.isLoopbackAddress() ? loopbackAllowed : !PrivateAddresses.isPrivate(address);
            if (!allowed) throw new RefusedTarget(host + " resolves to " + address.getHostAddress() + ", a private address: not called");
        }
        return all[0];
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Seconds, or an HTTP date; nothing for anything else. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) return null;
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, 86_400));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(Instant.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (java.time.format.DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** What a receiver answered, as text that can be stored and shown: UTF-8, no control characters but line breaks and tabs. */
    static String printable(Buffer body) {
        if (body.length() == 0) return null;
        return printable(new String(body.getBytes(), StandardCharsets.UTF_8));
    }

    static String printable(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(c == '\n' || c == '\t' || !Character.isISOControl(c) ? c : '\uFFFD'));
        return clean.toString();
    }

    private static final class RefusedTarget extends RuntimeException {
        RefusedTarget(String why) {
            super(why);
        }
    }

    private record Waiting(OutgoingWebhook webhook, long since) { }

    private static final class Lane {
        final java.util.UUID endpointId;
        int out;
        final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
        /** Messages to this endpoint may wait in the database for room; {@code pumping}: some are being taken now. */
        boolean mayHaveWaiting;
        boolean pumping;

        Lane(java.util.UUID endpointId) {
            this.endpointId = endpointId;
        }
    }
}
