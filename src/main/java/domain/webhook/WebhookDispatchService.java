package domain.webhook;

import domain.catalog.ShopId;
import domain.scheduling.Job;
import domain.scheduling.JobHandler;
import domain.scheduling.JobRequest;
import domain.scheduling.JobScheduler;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import domain.shared.EventLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes and sends webhook messages. An event becomes one message per enabled endpoint of its shop that wants its
 * type; its first attempt is handed to the {@link WebhookSender} by the fan-out itself, each later one by a
 * {@code webhook.send} job on the delay scheduler (so a waiting retry survives any process). A hand-off is sent after
 * its transaction commits, with nothing locked, and its answer is recorded in a transaction of its own, which also
 * books the next attempt when one is due; a hand-off never recorded (the process died) is made again by the sweep.
 * Locks: the message, then its endpoint.
 */
public final class WebhookDispatchService implements DispatchWebhooksUseCase, RecordAttemptUseCase, JobHandler {
    public static final JobType SEND = new JobType("webhook.send");
    private static final int LOST_BATCH = 500;

    private final WebhookEndpoints endpoints;
    private final WebhookMessages messages;
    private final JobScheduler jobs;
    private final WebhookSender sender;
    private final WebhookRetrySchedule schedule;
    private final BusinessCalendar calendar;
    private final Duration handOff;
    private final WebhookPayloads payloads;
    private final EventLog events;

    /** @param handOff how long an attempt may be out before it is taken as lost (longer than the sender's time-out) */
    public WebhookDispatchService(WebhookEndpoints endpoints, WebhookMessages messages, JobScheduler jobs, WebhookSender sender,
                                  WebhookRetrySchedule schedule, BusinessCalendar calendar, Duration handOff,
                                  WebhookPayloads payloads, EventLog events) {
        this.endpoints = endpoints;
        this.messages = messages;
        this.jobs = jobs;
        this.sender = sender;
        this.schedule = schedule;
        this.calendar = calendar;
        this.handOff = handOff;
        this.payloads = payloads;
        this.events = events;
    }

    @Override
    public void fanOut(List<ShopEvent> events) {
        Instant now = calendar.now();
        Map<ShopId, List<WebhookRoute>> byShop = new HashMap<>();
        Map<UUID, Optional<WebhookEndpoint>> sendable = new HashMap<>();
        Map<UUID, Integer> room = new HashMap<>();
        Set<UUID> waiting = new LinkedHashSet<>();
        List<WebhookMessage> made = new ArrayList<>();
        for (ShopEvent event : events) {
            if (!WebhookEventTypes.ALL.contains(event.type())) continue;
            for (WebhookRoute route : byShop.computeIfAbsent(event.shop(), endpoints::routesOf)) {
                if (!route.wants(event.type())) continue;
                WebhookMessage message = WebhookMessage.of(route.endpointId(), event.shop(), event, now);
                if (sendable.computeIfAbsent(route.endpointId(), this::sendableEndpoint).isEmpty()) {
                    made.add(message); // through the scheduler
                } else if (room.computeIfAbsent(route.endpointId(), sender::room) > 0) {
                    room.merge(route.endpointId(), -1, Integer::sum);
                    made.add(message.handedOff(handOffUntil(now)));
                } else {
                    made.add(message.waitingForRoom());
                    waiting.add(route.endpointId());
                }
            }
        }
        if (made.isEmpty()) return;
        List<WebhookMessage> added = messages.addAll(made);
        List<JobRequest> throughTheScheduler = new ArrayList<>();
        for (WebhookMessage message : added) {
            Optional<WebhookEndpoint> endpoint = sendable.get(message.endpointId());
            if (endpoint.isEmpty()) {
                throughTheScheduler.add(attempt(message.id(), 1, now));
            } else if (message.handedOffUntil() != null) {
                send(message, 1, endpoint.get(), now);
            }
        }
        jobs.schedule(throughTheScheduler);
        if (!waiting.isEmpty()) sender.waitingAfterCommit(waiting);
    }

    /**
     * The endpoint, when its first attempts can go out straight after the fan-out commits (the usual way: no job for
     * them, the scheduler is for retries), and as many as the sender has room for; the rest wait in the database until
     * it has. One that cannot be read now (its secret does not decrypt, say) is left to the scheduler, whose job
     * fails, retries and parks where an admin sees it, instead of stalling the fan-out.
     */
    private Optional<WebhookEndpoint> sendableEndpoint(UUID id) {
        try {
            return endpoints.byId(id).filter(WebhookEndpoint::enabled);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public List<WebhookSender.OutgoingWebhook> takeWaiting(UUID endpointId, int limit) {
        if (limit < 1) return List.of();
        List<WebhookMessage> taken = messages.lockWaiting(endpointId, limit).stream()
                .filter(m -> m.state() == MessageState.PENDING && m.waiting()).toList(); // a closure may have failed one meanwhile
        if (taken.isEmpty()) return List.of();
        Optional<WebhookEndpoint> endpoint = endpoints.byId(endpointId);
        if (endpoint.isEmpty() || !endpoint.get().enabled()) {
            String why = endpoint.isEmpty() ? "the endpoint was removed" : "the endpoint is disabled";
            messages.updateAll(taken.stream().map(m -> m.givenUp(why, false)).toList());
            return List.of();
        }
        Instant now = calendar.now();
        List<WebhookMessage> out = taken.stream().map(m -> m.handedOff(handOffUntil(now))).toList();
        messages.updateAll(out);
        List<String> secrets = endpoint.get().signingSecrets(now);
        return out.stream().map(m -> new WebhookSender.OutgoingWebhook(m.id(), m.webhookId(), m.attempts() + 1, m.handedOffUntil(),
                endpointId, endpoint.get().url(), m.payload(), secrets)).toList();
    }

    @Override
    public List<UUID> endpointsWithWaiting() {
        return messages.endpointsWithWaiting(1_000);
    }

    private void send(WebhookMessage message, int number, WebhookEndpoint to, Instant now) {
        sender.sendAfterCommit(new WebhookSender.OutgoingWebhook(message.id(), message.webhookId(), number, message.handedOffUntil(),
                to.id(), to.url(), message.payload(), to.signingSecrets(now)));
    }

    /** When a hand-off made now lapses; whole microseconds, as the store keeps it (it is the hand-off's mark). */
    private Instant handOffUntil(Instant now) {
        return now.plus(handOff).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Whether {@code handOff} is the message's current hand-off of attempt {@code attempt}. */
    private static boolean current(WebhookMessage message, int attempt, Instant handOff) {
        return message.state() == MessageState.PENDING && message.attempts() == attempt - 1 && message.handedOffUntil() != null
                && message.handedOffUntil().equals(handOff);
    }

    /** Sends a (locked) message again from now: one more attempt, numbered on from those made. */
    WebhookMessage replay(WebhookMessage message) {
        Instant now = calendar.now();
        WebhookMessage replayed = message.replayed(now);
        messages.update(replayed);
        jobs.schedule(List.of(attempt(replayed.id(), replayed.attempts() + 1, now)));
        return replayed;
    }

    /** A test message to one endpoint: a {@code webhook.test} event of its own, sent like any other. */
    WebhookMessage sendTest(ShopId shop, UUID endpointId) {
        Instant now = calendar.now();
        UUID eventId = UUID.randomUUID();
        String payload = payloads.test(shop, endpointId, now);
        WebhookMessage message = WebhookMessage.of(endpointId, shop,
                new ShopEvent(eventId, WebhookEventTypes.TEST, now, shop, null, payload), now);
        messages.addAll(List.of(message));
        jobs.schedule(List.of(attempt(message.id(), 1, now)));
        return message;
    }

    @Override
    public void forgetSubscriptions(java.util.Collection<UUID> subscriptionIds) {
        if (!subscriptionIds.isEmpty()) messages.forgetSubscriptions(subscriptionIds, "the subscriber closed their account");
    }

    /** The job of attempt {@code number}: hands it to the sender, unless the message or its endpoint moved on. */
    @Override
    public void handle(Job job) {
        UUID id = UUID.fromString(job.subjectId());
        int number = Integer.parseInt(job.payload());
        Optional<WebhookMessage> found = messages.lock(id);
        if (found.isEmpty()) return;
        WebhookMessage message = found.get();
        if (message.state() != MessageState.PENDING || message.attempts() != number - 1) return; // an old or repeated job
        Instant now = calendar.now();
        if (message.handedOffUntil() != null && message.handedOffUntil().isAfter(now)) return; // this attempt is out already
        Optional<WebhookEndpoint> endpoint = endpoints.byId(message.endpointId());
        if (endpoint.isEmpty() || !endpoint.get().enabled()) {
            messages.update(message.givenUp(endpoint.isEmpty() ? "the endpoint was removed" : "the endpoint is disabled", false));
            return;
        }
        WebhookMessage out = message.handedOff(handOffUntil(now));
        messages.update(out);
        send(out, number, endpoint.get(), now);
    }

    @Override
    public JobType type() {
        return SEND;
    }

    /**
     * Records a batch of attempts in one transaction: the messages locked first (in the order of their ids), then each
     * report applied in its order, then the endpoints' runs of failures updated once each (each endpoint read once).
     */
    @Override
    public void recordAll(List<AttemptReport> reports) {
        if (reports.isEmpty()) return;
        Map<UUID, WebhookMessage> latest = new HashMap<>();
        messages.lockAll(reports.stream().map(AttemptReport::messageId).toList()).forEach(m -> latest.put(m.id(), m));
        Instant now = calendar.now();
        List<WebhookAttempt> made = new ArrayList<>();
        Set<UUID> changed = new LinkedHashSet<>();
        List<JobRequest> retries = new ArrayList<>();
        Map<UUID, EndpointRun> runs = new java.util.TreeMap<>(); // endpoints updated in one order: two batches never wait in a ring
        for (AttemptReport report : reports) {
            WebhookMessage message = latest.get(report.messageId());
            if (message == null || !current(message, report.attempt(), report.handOff())) continue; // recorded already, or made again
            AttemptOutcome outcome = report.outcome();
            WebhookAttempt attempt = new WebhookAttempt(message.id(), report.attempt(), outcome.attemptedAt(), outcome.statusCode(),
                    outcome.responseMillis(), outcome.responseBody(), outcome.error());
            made.add(attempt);
            EndpointRun run = runs.computeIfAbsent(message.endpointId(), id -> new EndpointRun());
            WebhookMessage next;
            if (attempt.succeeded()) {
                next = message.delivered(now);
                run.succeeded = true;
                run.lastFailed = false;
            } else {
                String error = outcome.statusCode() != null ? "the receiver answered " + outcome.statusCode() : outcome.error();
                Optional<Duration> delay = outcome.statusCode() != null && outcome.statusCode() == 410 ? Optional.empty()
                        : schedule.after(report.attempt(), outcome.retryAfter());
                if (delay.isPresent()) {
                    Instant at = now.plus(delay.get());
                    next = message.retryAt(at, error);
                    retries.add(attempt(message.id(), report.attempt() + 1, at));
                } else {
                    next = message.givenUp(error, true);
                }
                run.gone |= outcome.statusCode() != null && outcome.statusCode() == 410;
                run.lastFailed = true;
            }
            latest.put(message.id(), next);
            changed.add(message.id());
        }
        if (made.isEmpty()) return;
        messages.addAttempts(made);
        messages.updateAll(changed.stream().map(latest::get).toList());
        jobs.schedule(retries);
        runs.forEach((endpointId, run) -> endpoints.byId(endpointId).ifPresent(endpoint -> {
            if (run.gone) {
                disable(endpoint, DisabledReason.GONE, now);
            } else if (run.lastFailed) {
                failed(run.succeeded ? endpoint.succeeded() : endpoint, now); // a success in the batch ended the run before
            } else if (endpoint.failingSince() != null) {
                endpoints.updateFailingSince(endpoint.succeeded());
            }
        }));
    }

    /** What a batch's attempts to one endpoint amount to. */
    private static final class EndpointRun {
        boolean succeeded;
        boolean lastFailed;
        boolean gone;
    }

    /**
     * Counts the failure towards giving the endpoint up. Disabling it is decided again on the row as it is now, locked
     * (the shop may have enabled it again, rotated its secret, changed its URL meanwhile: all of that is kept).
     */
    private void failed(WebhookEndpoint seen, Instant now) {
        WebhookEndpoint failing = seen.failedAt(now);
        if (failing.status() == seen.status()) {
            if (failing != seen) endpoints.updateFailingSince(failing);
            return;
        }
        endpoints.lock(seen.shop(), seen.id()).ifPresent(current -> {
            WebhookEndpoint again = current.failedAt(now);
            if (again.status() != current.status()) {
                endpoints.update(again);
                events.record(List.of(new WebhookEndpointDisabled(again, now)));
            } else if (again != current) {
                endpoints.updateFailingSince(again);
            }
        });
    }

    /** Disables the endpoint as it is now (locked: a change the shop made meanwhile, a rotated secret, is kept), and tells the shop. */
    private void disable(WebhookEndpoint endpoint, DisabledReason reason, Instant now) {
        endpoints.lock(endpoint.shop(), endpoint.id()).filter(WebhookEndpoint::enabled).ifPresent(current -> {
            WebhookEndpoint disabled = current.disabled(reason, now);
            endpoints.update(disabled);
            events.record(List.of(new WebhookEndpointDisabled(disabled, now)));
        });
    }

    @Override
    public void postpone(UUID messageId, int attempt, Instant handOff, Duration delay) {
        Optional<WebhookMessage> found = messages.lock(messageId);
        if (found.isEmpty()) return;
        WebhookMessage message = found.get();
        if (!current(message, attempt, handOff)) return;
        messages.update(message.handedOff(null));
        jobs.schedule(List.of(attempt(messageId, attempt, calendar.now().plus(delay))));
    }

    @Override
    public int resendLostHandOffs() {
        Instant now = calendar.now();
        int resent = 0;
        for (WebhookMessage message : messages.lostHandOffs(now, LOST_BATCH)) { // locked by lostHandOffs
            messages.update(message.handedOff(null));
            jobs.schedule(List.of(attempt(message.id(), message.attempts() + 1, now)));
            resent++;
        }
        return resent;
    }

    private static JobRequest attempt(UUID messageId, int number, Instant dueAt) {
        return new JobRequest(SEND, messageId.toString(), Integer.toString(number), dueAt, "webhook.send:" + messageId + ":" + number);
    }
}
