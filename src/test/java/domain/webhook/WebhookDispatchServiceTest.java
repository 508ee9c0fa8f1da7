package domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import domain.catalog.ShopId;
import domain.scheduling.Job;
import domain.scheduling.JobRequest;
import domain.scheduling.JobScheduler;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.webhook.RecordAttemptUseCase.AttemptOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dispatcher's rules without Quarkus: in-memory endpoints, messages, jobs and sender. */
class WebhookDispatchServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T01:00:00Z"));
    private final Endpoints endpoints = new Endpoints();
    private final Messages messages = new Messages();
    private final List<JobRequest> jobs = new ArrayList<>();
    private final List<WebhookSender.OutgoingWebhook> sent = new ArrayList<>();
    private final List<domain.shared.DomainEvent> recorded = new ArrayList<>();
    private final WebhookDispatchService dispatch = new WebhookDispatchService(endpoints, messages, new Jobs(), sent::add,
            new WebhookRetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)), () -> 0.5),
            new BusinessCalendar(clock), Duration.ofMinutes(5), (shop, endpoint, at) -> "{\"type\":\"webhook.test\"}", recorded::addAll);
    private final ShopId shop = ShopId.random();

    @Test
    void anEventBecomesOneMessagePerEndpointThatWantsItSentAtOnceAndARepeatMakesNone() {
        WebhookEndpoint all = endpoint(Set.of());
        WebhookEndpoint paid = endpoint(Set.of("delivery.paid"));
        endpoint(Set.of("delivery.shipped"));
        endpoints.add(endpoint(Set.of()).disabled(DisabledReason.BY_SHOP, clock.instant()));
        ShopEvent event = event("delivery.paid");

        dispatch.fanOut(List.of(event, event("topup.succeeded")));
        dispatch.fanOut(List.of(event));

        assertThat(messages.all()).extracting(WebhookMessage::endpointId).containsExactlyInAnyOrder(all.id(), paid.id());
        assertThat(sent).extracting(WebhookSender.OutgoingWebhook::endpointId).containsExactlyInAnyOrder(all.id(), paid.id());
        assertThat(sent).extracting(WebhookSender.OutgoingWebhook::attempt).containsExactly(1, 1);
        assertThat(jobs).as("the first attempts need no job").isEmpty();
    }

    @Test
    void whatTheSenderHasNoRoomForWaitsInTheStoreUntilItTakesIt() {
        List<Set<UUID>> woken = new ArrayList<>();
        WebhookDispatchService narrow = new WebhookDispatchService(endpoints, messages, new Jobs(), new WebhookSender() {
            @Override
            public void sendAfterCommit(OutgoingWebhook webhook) {
                sent.add(webhook);
            }

            @Override
            public int room(UUID endpointId) {
                return 1;
            }

            @Override
            public void waitingAfterCommit(Set<UUID> endpointIds) {
                woken.add(endpointIds);
            }
        }, new WebhookRetrySchedule(List.of(Duration.ofSeconds(5)), () -> 0.5), new BusinessCalendar(clock), Duration.ofMinutes(5),
                (shop, endpoint, at) -> "{}", recorded::addAll);
        WebhookEndpoint endpoint = endpoint(Set.of());

        narrow.fanOut(List.of(event("delivery.paid"), event("delivery.shipped"), event("delivery.delivered")));

        assertThat(sent).hasSize(1);
        assertThat(messages.all()).filteredOn(WebhookMessage::waiting).hasSize(2).allSatisfy(m -> assertThat(m.handedOffUntil()).isNull());
        assertThat(woken).containsExactly(Set.of(endpoint.id()));
        assertThat(jobs).as("waiting costs no job").isEmpty();
        assertThat(narrow.endpointsWithWaiting()).containsExactly(endpoint.id());

        List<WebhookSender.OutgoingWebhook> taken = narrow.takeWaiting(endpoint.id(), 5);
        assertThat(taken).hasSize(2).allSatisfy(t -> assertThat(t.attempt()).isEqualTo(1));
        assertThat(messages.all()).noneMatch(WebhookMessage::waiting).allSatisfy(m -> assertThat(m.handedOffUntil()).isNotNull());
        assertThat(narrow.takeWaiting(endpoint.id(), 5)).isEmpty();
        narrow.record(taken.get(0).messageId(), 1, taken.get(0).handOff(), ok());
        assertThat(messages.all()).filteredOn(m -> m.state() == MessageState.DELIVERED).hasSize(1);
    }

    @Test
    void aMessageWaitingForRoomWhoseSubscriberClosedTheirAccountIsNeverSent() {
        WebhookDispatchService narrow = new WebhookDispatchService(endpoints, messages, new Jobs(), new WebhookSender() {
            @Override
            public void sendAfterCommit(OutgoingWebhook webhook) {
                sent.add(webhook);
            }

            @Override
            public int room(UUID endpointId) {
                return 0;
            }
        }, new WebhookRetrySchedule(List.of(Duration.ofSeconds(5)), () -> 0.5), new BusinessCalendar(clock), Duration.ofMinutes(5),
                (shop, endpoint, at) -> "{}", recorded::addAll);
        WebhookEndpoint endpoint = endpoint(Set.of());
        UUID subscription = UUID.randomUUID();
        narrow.fanOut(List.of(new ShopEvent(UUID.randomUUID(), "subscription.created", clock.instant(), shop, subscription, "{\"data\":1}")));
        assertThat(messages.all()).singleElement().satisfies(m -> assertThat(m.waiting()).isTrue());

        narrow.forgetSubscriptions(List.of(subscription));

        assertThat(narrow.takeWaiting(endpoint.id(), 5)).isEmpty();
        assertThat(narrow.endpointsWithWaiting()).isEmpty();
        assertThat(messages.all()).singleElement().satisfies(m -> {
            assertThat(m.state()).isEqualTo(MessageState.FAILED);
            assertThat(m.payload()).isEqualTo("{}");
        });
        assertThat(sent).isEmpty();
    }

    @Test
    void messagesWaitingForADisabledEndpointAreGivenUpWhenTaken() {
        WebhookSender full = new WebhookSender() {
            @Override
            public void sendAfterCommit(OutgoingWebhook webhook) {
                sent.add(webhook);
            }

            @Override
            public int room(UUID endpointId) {
                return 0;
            }
        };
        WebhookDispatchService narrow = new WebhookDispatchService(endpoints, messages, new Jobs(), full,
                new WebhookRetrySchedule(List.of(Duration.ofSeconds(5)), () -> 0.5), new BusinessCalendar(clock), Duration.ofMinutes(5),
                (shop, endpoint, at) -> "{}", recorded::addAll);
        WebhookEndpoint endpoint = endpoint(Set.of());
        narrow.fanOut(List.of(event("delivery.paid")));
        endpoints.add(endpoints.byId(endpoint.id()).orElseThrow().disabled(DisabledReason.BY_SHOP, clock.instant()));
        assertThat(narrow.takeWaiting(endpoint.id(), 5)).isEmpty();
        assertThat(messages.all()).singleElement().satisfies(m -> {
            assertThat(m.state()).isEqualTo(MessageState.FAILED);
            assertThat(m.waiting()).isFalse();
        });
        assertThat(sent).isEmpty();
    }

    @Test
    void anEndpointThatCannotBeReadNowHasItsFirstAttemptsScheduled() {
        WebhookEndpoint broken = endpoint(Set.of());
        endpoints.unreadable = broken.id();
        dispatch.fanOut(List.of(event("delivery.paid")));
        assertThat(sent).isEmpty();
        assertThat(jobs).singleElement().satisfies(job -> assertThat(job.payload()).isEqualTo("1"));
        endpoints.unreadable = null;
        run(jobs.get(0));
        assertThat(sent).singleElement().satisfies(s -> assertThat(s.endpointId()).isEqualTo(broken.id()));
    }

    @Test
    void anAttemptIsRecordedOnceAndAFailureIsTriedAgainOnTheSchedule() {
        WebhookEndpoint endpoint = endpoint(Set.of());
        dispatch.fanOut(List.of(event("delivery.paid")));
        WebhookMessage message = messages.all().get(0);
        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.webhookId()).isEqualTo(message.webhookId());
            assertThat(s.attempt()).isEqualTo(1);
            assertThat(s.secrets()).containsExactly(endpoint.secret());
        });
        run(attemptJob(message.id(), 1)); // a job for the attempt that is out (a sweep's, a repeat): nothing more is sent
        assertThat(sent).hasSize(1);

        record(message.id(), 1, failed(500));
        record(message.id(), 1, failed(500)); // the same outcome twice counts once
        assertThat(messages.attempts).hasSize(1);
        assertThat(jobs).singleElement().satisfies(next -> {
            assertThat(next.payload()).isEqualTo("2");
            assertThat(next.dueAt()).isEqualTo(clock.instant().plusSeconds(5)); // 5 s, jitter at its middle
        });
        run(jobs.get(0));
        record(message.id(), 2, ok());
        assertThat(messages.byId(message.id()).orElseThrow().state()).isEqualTo(MessageState.DELIVERED);
        assertThat(messages.attempts).extracting(WebhookAttempt::number).containsExactly(1, 2);
    }

    @Test
    void theLastFailureFailsTheMessageAndRetryAfterIsHonoured() {
        endpoint(Set.of());
        dispatch.fanOut(List.of(event("delivery.paid")));
        UUID id = messages.all().get(0).id();
        record(id, 1, new AttemptOutcome(clock.instant(), 429, 3, null, null, Duration.ofSeconds(90)));
        assertThat(jobs.get(0).dueAt()).isEqualTo(clock.instant().plusSeconds(90));
        run(jobs.get(0));
        record(id, 2, failed(503));
        run(jobs.get(1));
        record(id, 3, failed(503));
        assertThat(messages.byId(id).orElseThrow().state()).isEqualTo(MessageState.FAILED);
        assertThat(jobs).hasSize(2);
    }

    @Test
    void aBatchOfOutcomesIsRecordedAsEachWouldBeOnItsOwn() {
        WebhookEndpoint endpoint = endpoint(Set.of());
        dispatch.fanOut(List.of(event("delivery.paid"), event("delivery.shipped"), event("delivery.delivered")));
        List<WebhookSender.OutgoingWebhook> out = List.copyOf(sent);
        dispatch.recordAll(List.of(
                report(out.get(0), failed(500)),
                report(out.get(1), ok()),
                report(out.get(0), ok()), // the same attempt reported twice: the first report stands
                new RecordAttemptUseCase.AttemptReport(out.get(2).messageId(), 1, out.get(2).handOff().minusSeconds(1), ok()))); // not its hand-off

        Map<UUID, WebhookMessage> byId = new java.util.HashMap<>();
        messages.all().forEach(m -> byId.put(m.id(), m));
        assertThat(byId.get(out.get(0).messageId())).satisfies(m -> {
            assertThat(m.state()).isEqualTo(MessageState.PENDING);
            assertThat(m.attempts()).isEqualTo(1);
        });
        assertThat(byId.get(out.get(1).messageId()).state()).isEqualTo(MessageState.DELIVERED);
        assertThat(byId.get(out.get(2).messageId()).attempts()).as("its hand-off is still out").isZero();
        assertThat(jobs).singleElement().satisfies(retry -> assertThat(retry.subjectId()).isEqualTo(out.get(0).messageId().toString()));
        assertThat(endpoints.byId(endpoint.id()).orElseThrow().failingSince()).as("a success came after the failure").isNull();

        dispatch.recordAll(List.of(report(out.get(2), failed(503))));
        assertThat(endpoints.byId(endpoint.id()).orElseThrow().failingSince()).isEqualTo(clock.instant());
    }

    private static RecordAttemptUseCase.AttemptReport report(WebhookSender.OutgoingWebhook sent, AttemptOutcome outcome) {
        return new RecordAttemptUseCase.AttemptReport(sent.messageId(), sent.attempt(), sent.handOff(), outcome);
    }

    @Test
    void goneDisablesTheEndpointAndItsOtherMessagesAreNotSentAgain() {
        WebhookEndpoint endpoint = endpoint(Set.of());
        dispatch.fanOut(List.of(event("delivery.paid"), event("delivery.shipped")));
        record(messages.all().get(0).id(), 1, failed(410));
        assertThat(endpoints.byId(endpoint.id()).orElseThrow().disabledReason()).isEqualTo(DisabledReason.GONE);
        assertThat(recorded).as("the shop is told").singleElement().satisfies(told -> {
            assertThat(told.type()).isEqualTo("webhook_endpoint.disabled");
            assertThat(((WebhookEndpoint) told.resource()).disabledReason()).isEqualTo(DisabledReason.GONE);
        });
        record(messages.all().get(1).id(), 1, failed(500));
        assertThat(jobs).singleElement().satisfies(retry -> assertThat(retry.subjectId()).isEqualTo(messages.all().get(1).id().toString()));
        run(jobs.get(0));
        assertThat(sent).hasSize(2); // the two first attempts; the retry is not sent to a disabled endpoint
        assertThat(messages.all().get(1).state()).isEqualTo(MessageState.FAILED);
        assertThat(messages.all().get(1).lastError()).contains("disabled");
    }

    @Test
    void anEndpointFailingForFiveDaysIsDisabledAndASuccessEndsTheRun() {
        WebhookEndpoint endpoint = endpoint(Set.of());
        dispatch.fanOut(List.of(event("delivery.paid")));
        record(messages.all().get(0).id(), 1, failed(500));
        clock.advance(Duration.ofDays(1));
        dispatch.fanOut(List.of(event("delivery.shipped")));
        record(messages.all().get(1).id(), 1, ok());
        assertThat(endpoints.byId(endpoint.id()).orElseThrow().failingSince()).isNull();

        run(jobs.get(0));
        record(messages.all().get(0).id(), 2, failed(500));
        clock.advance(Duration.ofDays(5));
        dispatch.fanOut(List.of(event("delivery.delivered")));
        assertThat(recorded).as("not disabled yet").isEmpty();
        record(messages.all().get(2).id(), 1, failed(500));
        assertThat(endpoints.byId(endpoint.id()).orElseThrow().disabledReason()).isEqualTo(DisabledReason.FAILING);
        assertThat(recorded).singleElement().satisfies(told -> assertThat(told.subject()).isEqualTo(endpoint.id().toString()));
    }

    @Test
    void anAttemptHandedOffAndNeverRecordedIsMadeAgain() {
        endpoint(Set.of());
        dispatch.fanOut(List.of(event("delivery.paid")));
        assertThat(dispatch.resendLostHandOffs()).isZero();
        clock.advance(Duration.ofMinutes(6));
        assertThat(dispatch.resendLostHandOffs()).isEqualTo(1);
        assertThat(jobs).singleElement().satisfies(again -> assertThat(again.payload()).isEqualTo("1"));
        run(jobs.get(0));
        assertThat(sent).extracting(WebhookSender.OutgoingWebhook::attempt).containsExactly(1, 1);
    }

    @Test
    void theLateOutcomeOfALapsedHandOffIsNotTakenForTheNewOnes() {
        endpoint(Set.of());
        dispatch.fanOut(List.of(event("delivery.paid")));
        UUID id = messages.all().get(0).id();
        Instant first = lastHandOff(id, 1);
        clock.advance(Duration.ofMinutes(6));
        dispatch.resendLostHandOffs();
        run(jobs.get(0));
        dispatch.record(id, 1, first, failed(500)); // the first hand-off's answer, arriving late
        assertThat(messages.attempts).isEmpty();
        postpone(id, 1, Duration.ofSeconds(5)); // the live hand-off's own postpone still works
        assertThat(jobs).hasSize(2);
    }

    @Test
    void anAttemptTheSenderHadNoRoomForIsMadeAgainLaterWithoutCounting() {
        endpoint(Set.of());
        dispatch.fanOut(List.of(event("delivery.paid")));
        UUID id = messages.all().get(0).id();
        postpone(id, 1, Duration.ofSeconds(5));
        assertThat(jobs).singleElement().satisfies(later -> {
            assertThat(later.payload()).isEqualTo("1");
            assertThat(later.dueAt()).isEqualTo(clock.instant().plusSeconds(5));
        });
        assertThat(messages.byId(id).orElseThrow().attempts()).isZero();
        postpone(id, 1, Duration.ofSeconds(5)); // not handed off any more: nothing
        assertThat(jobs).hasSize(1);
        run(jobs.get(0));
        assertThat(sent).extracting(WebhookSender.OutgoingWebhook::attempt).containsExactly(1, 1);
    }

    /** The outcome of the last hand-off of this attempt, as the sender returns it (with the hand-off's mark). */
    private void record(UUID messageId, int attempt, AttemptOutcome outcome) {
        dispatch.record(messageId, attempt, lastHandOff(messageId, attempt), outcome);
    }

    private void postpone(UUID messageId, int attempt, Duration delay) {
        dispatch.postpone(messageId, attempt, lastHandOff(messageId, attempt), delay);
    }

    private Instant lastHandOff(UUID messageId, int attempt) {
        Instant mark = null;
        for (WebhookSender.OutgoingWebhook out : sent) {
            if (out.messageId().equals(messageId) && out.attempt() == attempt) mark = out.handOff();
        }
        return mark;
    }

    private JobRequest attemptJob(UUID messageId, int number) {
        return new JobRequest(WebhookDispatchService.SEND, messageId.toString(), Integer.toString(number), clock.instant(),
                "webhook.send:" + messageId + ":" + number);
    }

    private void run(JobRequest request) {
        dispatch.handle(Job.from(request, clock.instant()));
    }

    private AttemptOutcome ok() {
        return new AttemptOutcome(clock.instant(), 204, 3, null, null, null);
    }

    private AttemptOutcome failed(int status) {
        return new AttemptOutcome(clock.instant(), status, 3, "no", null, null);
    }

    private WebhookEndpoint endpoint(Set<String> types) {
        WebhookEndpoint endpoint = WebhookEndpoint.create(UUID.randomUUID(), shop, "https://p.example.com/h", types, "",
                WebhookSecret.generate(), clock.instant());
        endpoints.add(endpoint);
        return endpoint;
    }

    private ShopEvent event(String type) {
        return new ShopEvent(UUID.randomUUID(), type, clock.instant(), shop, null, "{\"type\":\"" + type + "\"}");
    }

    private final class Jobs implements JobScheduler {
        @Override
        public void schedule(List<JobRequest> requests) {
            jobs.addAll(requests);
        }

        @Override
        public boolean reschedule(String dedupKey, Instant newDueAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void cancel(Collection<String> dedupKeys) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void cancelAll(JobType type, String subjectId) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Endpoints implements WebhookEndpoints {
        private final Map<UUID, WebhookEndpoint> rows = new LinkedHashMap<>();
        /** An endpoint whose row cannot be read (its secret does not decrypt). */
        UUID unreadable;

        @Override
        public void add(WebhookEndpoint endpoint) {
            rows.put(endpoint.id(), endpoint);
        }

        @Override
        public void update(WebhookEndpoint endpoint) {
            rows.put(endpoint.id(), endpoint);
        }

        @Override
        public void updateFailingSince(WebhookEndpoint endpoint) {
            rows.computeIfPresent(endpoint.id(), (id, e) -> new WebhookEndpoint(e.id(), e.shop(), e.url(), e.eventTypes(), e.description(),
                    e.status(), e.disabledReason(), e.secret(), e.previousSecret(), e.previousSecretUntil(), e.createdAt(), e.updatedAt(),
                    endpoint.failingSince()));
        }

        @Override
        public void remove(ShopId shop, UUID id) {
            rows.remove(id);
        }

        @Override
        public Optional<WebhookEndpoint> byId(ShopId shop, UUID id) {
            return byId(id).filter(e -> e.shop().equals(shop));
        }

        @Override
        public Optional<WebhookEndpoint> byId(UUID id) {
            if (id.equals(unreadable)) throw new IllegalStateException("a stored secret does not decrypt under the configured key");
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<WebhookEndpoint> lock(ShopId shop, UUID id) {
            return byId(shop, id);
        }

        @Override
        public Page<WebhookEndpoint> ofShop(ShopId shop, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WebhookRoute> routesOf(ShopId shop) {
            return rows.values().stream().filter(e -> e.shop().equals(shop) && e.enabled())
                    .map(e -> new WebhookRoute(e.id(), e.eventTypes())).toList();
        }

        @Override
        public Optional<Integer> lockShopAndCount(ShopId shop) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Messages implements WebhookMessages {
        private final Map<UUID, WebhookMessage> rows = new LinkedHashMap<>();
        final List<WebhookAttempt> attempts = new ArrayList<>();

        List<WebhookMessage> all() {
            return List.copyOf(rows.values());
        }

        @Override
        public List<WebhookMessage> addAll(List<WebhookMessage> made) {
            List<WebhookMessage> added = new ArrayList<>();
            for (WebhookMessage m : made) {
                boolean repeat = rows.values().stream().anyMatch(r -> r.endpointId().equals(m.endpointId()) && r.eventId().equals(m.eventId()));
                if (!repeat) {
                    rows.put(m.id(), m);
                    added.add(m);
                }
            }
            return added;
        }

        @Override
        public Optional<WebhookMessage> byId(UUID id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<WebhookMessage> lock(UUID id) {
            return byId(id);
        }

        @Override
        public void update(WebhookMessage message) {
            rows.put(message.id(), message);
        }

        @Override
        public void addAttempt(WebhookAttempt attempt) {
            attempts.add(attempt);
        }

        @Override
        public Page<WebhookMessage> ofEndpoint(UUID endpointId, MessageState state, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WebhookAttempt> attemptsOf(UUID messageId) {
            return attempts.stream().filter(a -> a.messageId().equals(messageId)).toList();
        }

        @Override
        public List<WebhookMessage> lockFailedSince(UUID endpointId, Instant since, int limit) {
            return rows.values().stream().filter(m -> m.endpointId().equals(endpointId) && m.state() == MessageState.FAILED
                    && !m.createdAt().isBefore(since)).limit(limit).toList();
        }

        @Override
        public int forgetSubscriptions(Collection<UUID> subscriptionIds, String reason) {
            int forgotten = 0;
            for (WebhookMessage m : List.copyOf(rows.values())) {
                if (m.subscriptionId() == null || !subscriptionIds.contains(m.subscriptionId())) continue;
                rows.put(m.id(), new WebhookMessage(m.id(), m.endpointId(), m.shop(), m.eventId(), m.subscriptionId(), m.eventType(), "{}",
                        m.createdAt(), m.state() == MessageState.PENDING ? MessageState.FAILED : m.state(), m.attempts(), null, null,
                        m.deliveredAt(), m.state() == MessageState.PENDING ? reason : m.lastError(), false));
                forgotten++;
            }
            return forgotten;
        }

        @Override
        public List<WebhookMessage> lostHandOffs(Instant now, int limit) {
            return rows.values().stream().filter(m -> m.state() == MessageState.PENDING && m.handedOffUntil() != null
                    && m.handedOffUntil().isBefore(now)).limit(limit).toList();
        }

        @Override
        public List<WebhookMessage> lockWaiting(UUID endpointId, int limit) {
            return rows.values().stream().filter(m -> m.endpointId().equals(endpointId) && m.waiting() && m.state() == MessageState.PENDING)
                    .limit(limit).toList();
        }

        @Override
        public List<UUID> endpointsWithWaiting(int limit) {
            return rows.values().stream().filter(WebhookMessage::waiting).map(WebhookMessage::endpointId).distinct().limit(limit).toList();
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
