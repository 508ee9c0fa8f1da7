package domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import domain.scheduling.Job;
import domain.scheduling.JobRequest;
import domain.scheduling.JobScheduler;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The notification rules without Quarkus: in-memory stores, jobs and sender; a clock set in Seoul's afternoon. */
class NotificationServiceTest {
    private static final Instant AFTERNOON = Instant.parse("2026-12-07T05:00:00Z"); // 14:00 in Seoul
    private final MutableClock clock = new MutableClock(AFTERNOON);
    private final Store store = new Store();
    private final List<JobRequest> jobs = new ArrayList<>();
    private final List<NotificationSender.OutgoingNotification> sent = new ArrayList<>();
    private final Map<UUID, String> owners = new HashMap<>();
    private final Set<String> closed = new HashSet<>();
    private final Map<UUID, Shortfall> shortfalls = new HashMap<>();
    private final NotificationService service = new NotificationService(store, store, store, new Recipients() {
        @Override
        public Map<UUID, String> ownersOf(Collection<UUID> subscriptionIds) {
            Map<UUID, String> found = new HashMap<>();
            subscriptionIds.forEach(id -> { if (owners.containsKey(id)) found.put(id, owners.get(id)); });
            return found;
        }

        @Override
        public Set<String> closed(Collection<String> userIds) {
            return userIds.stream().filter(closed::contains).collect(java.util.stream.Collectors.toSet());
        }
    }, (delivery, at) -> Optional.ofNullable(shortfalls.get(delivery)), sent::add, new Jobs(), new BusinessCalendar(clock),
            QuietHours.SEOUL_NIGHT, List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)), Duration.ofMinutes(2),
            java.util.EnumSet.allOf(NotificationChannel.class));
    private final UUID subscription = UUID.randomUUID();

    @Test
    void aNoticeIsToldOnceOnEachChannelAndARepeatTellsNothing() {
        owners.put(subscription, "u");
        store.settings.put("u", new NotificationPreferences("u", Language.KO, "u@example.com", Map.of()));
        SubscriberNotice paused = SubscriberNotice.about("event-1", NotificationKind.PAUSED, AFTERNOON, subscription, null, LocalDate.of(2026, 12, 20));

        service.notify(List.of(paused, paused));
        service.notify(List.of(paused));

        assertThat(store.notifications.values()).singleElement().satisfies(n -> {
            assertThat(n.userId()).isEqualTo("u");
            assertThat(n.inInbox()).isTrue();
            assertThat(n.body()).isEqualTo("12월 20일까지 배송과 결제가 없어요.");
        });
        assertThat(store.sends.values()).extracting(NotificationSend::channel)
                .containsExactlyInAnyOrder(NotificationChannel.EMAIL, NotificationChannel.PUSH);
        assertThat(sent).as("due now: handed to the sender at once").extracting(s -> s.channel() + " " + s.attempt() + " " + s.email())
                .containsExactlyInAnyOrder("EMAIL 1 u@example.com", "PUSH 1 u@example.com");
        assertThat(jobs).as("the scheduler is for what waits").isEmpty();
    }

    @Test
    void whatCanWaitWaitsOutTheNightAndWhatIsUrgentDoesNot() {
        clock.now = Instant.parse("2026-12-07T14:00:00Z"); // 23:00 in Seoul
        service.notify(List.of(notice("e-1", NotificationKind.SHIPPED).shipment("CJ", "1"), notice("e-2", NotificationKind.SUSPENDED)));
        Instant morning = Instant.parse("2026-12-07T23:00:00Z"); // 08:00 the next day in Seoul
        assertThat(jobs).extracting(job -> kindOfSend(job) + " " + job.dueAt()).containsExactly("SHIPPED " + morning);
        assertThat(sent).extracting(NotificationSender.OutgoingNotification::kind).containsExactly(NotificationKind.SUSPENDED);
    }

    @Test
    void aClosedAccountOrAnUnknownSubscriptionHearsNothing() {
        owners.put(subscription, "gone");
        closed.add("gone");
        service.notify(List.of(SubscriberNotice.about("e", NotificationKind.CANCELLED, AFTERNOON, subscription, null, null),
                SubscriberNotice.about("f", NotificationKind.CANCELLED, AFTERNOON, UUID.randomUUID(), null, null)));
        assertThat(store.notifications).isEmpty();
        assertThat(jobs).isEmpty();
    }

    @Test
    void aPaymentFailureSaysWhatIsMissingAndWhenTheNextTryIsUnlessItIsPaidMeanwhile() {
        UUID delivery = UUID.randomUUID();
        shortfalls.put(delivery, new Shortfall(9_900, 4_900, Instant.parse("2026-12-08T00:00:00Z")));
        store.settings.put("u", new NotificationPreferences("u", Language.EN, null, Map.of()));
        SubscriberNotice failed = new SubscriberNotice("e-1", NotificationKind.PAYMENT_FAILED, AFTERNOON, "u", subscription, delivery,
                LocalDate.of(2026, 12, 9), null, null, null, false);
        SubscriberNotice paidMeanwhile = new SubscriberNotice("e-2", NotificationKind.PAYMENT_FAILED, AFTERNOON, "u", subscription,
                UUID.randomUUID(), LocalDate.of(2026, 12, 9), null, null, null, false);
        service.notify(List.of(failed, paidMeanwhile, new SubscriberNotice("e-3", NotificationKind.PAYMENT_FAILED, AFTERNOON, "u",
                subscription, UUID.randomUUID(), LocalDate.of(2026, 12, 10), null, null, null, false).lastAttempt()));
        assertThat(store.notifications.values()).extracting(Notification::body).containsExactlyInAnyOrder(
                "₩4,900 is missing to pay for the delivery of 9 December. We try again on 8 December 09:00; top up your wallet before then.",
                "The last try to pay failed, so the delivery of 10 December was cancelled.");
    }

    @Test
    void anAttemptIsRecordedOnceAndAFailureIsTriedAgainThenGivenUp() {
        service.notify(List.of(notice("e-1", NotificationKind.SUBSCRIBED)));
        NotificationSender.OutgoingNotification out = sent.get(0);
        run(new JobRequest(NotificationService.SEND, out.sendId().toString(), "1", clock.now, "k")); // a job for the attempt that is out
        assertThat(sent).singleElement().satisfies(s -> assertThat(s.attempt()).isEqualTo(1));

        service.record(out.sendId(), 1, out.handOff(), NotificationSender.SendOutcome.failed("503"));
        service.record(out.sendId(), 1, out.handOff(), NotificationSender.SendOutcome.delivered()); // stale: ignored
        assertThat(store.sends.get(out.sendId()).state()).isEqualTo(SendState.PENDING);
        assertThat(store.sends.get(out.sendId()).attempts()).isEqualTo(1);
        JobRequest second = jobs.get(jobs.size() - 1);
        assertThat(second.payload()).isEqualTo("2");
        assertThat(second.dueAt()).isEqualTo(AFTERNOON.plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofMinutes(1));
        run(second);
        NotificationSender.OutgoingNotification again = sent.get(1);
        service.record(again.sendId(), 2, again.handOff(), NotificationSender.SendOutcome.failed("503"));
        clock.advance(Duration.ofMinutes(5));
        run(jobs.get(jobs.size() - 1));
        NotificationSender.OutgoingNotification last = sent.get(2);
        service.record(last.sendId(), 3, last.handOff(), NotificationSender.SendOutcome.failed("503"));
        assertThat(store.sends.get(out.sendId())).satisfies(s -> {
            assertThat(s.state()).isEqualTo(SendState.FAILED);
            assertThat(s.attempts()).isEqualTo(3);
        });
    }

    @Test
    void aRefusedSendIsGivenUpAtOnceAndALostOneIsMadeAgain() {
        store.settings.put("u", new NotificationPreferences("u", Language.KO, "u@example.com", Map.of()));
        service.notify(List.of(notice("e-1", NotificationKind.SUBSCRIBED)));
        NotificationSender.OutgoingNotification push = sent.stream().filter(s -> s.channel() == NotificationChannel.PUSH).findFirst().orElseThrow();
        NotificationSender.OutgoingNotification other = sent.stream().filter(s -> s.channel() == NotificationChannel.EMAIL).findFirst().orElseThrow();
        service.record(push.sendId(), 1, push.handOff(), NotificationSender.SendOutcome.refused("no device"));
        assertThat(store.sends.get(push.sendId()).state()).isEqualTo(SendState.FAILED);

        assertThat(service.resendLostHandOffs()).as("not lapsed yet").isZero();
        clock.advance(Duration.ofMinutes(3));
        assertThat(service.resendLostHandOffs()).isEqualTo(1);
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.subjectId()).isEqualTo(other.sendId().toString());
            assertThat(job.payload()).isEqualTo("1");
        });
        service.record(other.sendId(), 1, other.handOff(), NotificationSender.SendOutcome.delivered()); // too late: made again
        assertThat(store.sends.get(other.sendId()).state()).isEqualTo(SendState.PENDING);
    }

    @Test
    void aChannelSwitchedOffWhileItWaitsForTheMorningIsNotSent() {
        clock.now = Instant.parse("2026-12-07T14:00:00Z"); // 23:00 in Seoul
        store.settings.put("u", new NotificationPreferences("u", Language.KO, "u@example.com", Map.of()));
        service.notify(List.of(notice("e-1", NotificationKind.SUBSCRIBED)));
        assertThat(jobs).hasSize(2);
        store.settings.put("u", new NotificationPreferences("u", Language.KO, "u@example.com",
                Map.of(NotificationKind.SUBSCRIBED, Set.of(NotificationChannel.INBOX))));
        clock.now = Instant.parse("2026-12-07T23:00:00Z");
        jobs.forEach(this::run);
        assertThat(sent).isEmpty();
        assertThat(store.sends.values()).allSatisfy(s -> assertThat(s.state()).isEqualTo(SendState.FAILED));
    }

    @Test
    void aPaymentFailureReachesTheInboxWhenItsOnlyChosenChannelCannotBeSentOn() {
        NotificationService withoutPush = new NotificationService(store, store, store, new Recipients() {
            @Override
            public Map<UUID, String> ownersOf(Collection<UUID> subscriptionIds) {
                return Map.of();
            }

            @Override
            public Set<String> closed(Collection<String> userIds) {
                return Set.of();
            }
        }, (delivery, at) -> Optional.empty(), sent::add, new Jobs(), new BusinessCalendar(clock), QuietHours.SEOUL_NIGHT,
                List.of(Duration.ofMinutes(1)), Duration.ofMinutes(2), java.util.EnumSet.of(NotificationChannel.INBOX, NotificationChannel.EMAIL));
        store.settings.put("u", new NotificationPreferences("u", Language.KO, null,
                Map.of(NotificationKind.PAYMENT_FAILED, Set.of(NotificationChannel.PUSH), NotificationKind.SHIPPED, Set.of(NotificationChannel.PUSH))));
        withoutPush.notify(List.of(notice("e-1", NotificationKind.PAYMENT_FAILED).lastAttempt(), notice("e-2", NotificationKind.SHIPPED)));
        assertThat(store.notifications.values()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.PAYMENT_FAILED);
            assertThat(n.inInbox()).isTrue();
        });
        assertThat(sent).isEmpty();
    }

    @Test
    void aLostHandOffOfWhatCanWaitIsMadeAgainAfterTheNight() {
        clock.now = Instant.parse("2026-12-07T11:59:00Z"); // 20:59 in Seoul: sent at once
        service.notify(List.of(notice("e-1", NotificationKind.SHIPPED).shipment("CJ", "1")));
        assertThat(sent).hasSize(1);
        clock.advance(Duration.ofMinutes(3)); // 21:02: the hand-off lapsed without an outcome
        assertThat(service.resendLostHandOffs()).isEqualTo(1);
        assertThat(jobs).singleElement().satisfies(job -> assertThat(job.dueAt()).isEqualTo(Instant.parse("2026-12-07T23:00:00Z")));
    }

    @Test
    void forgettingAUserErasesTheirNotificationsAndChoices() {
        store.settings.put("u", new NotificationPreferences("u", Language.KO, "u@example.com", Map.of()));
        service.notify(List.of(notice("e-1", NotificationKind.SUBSCRIBED)));
        service.forgetUser("u");
        assertThat(store.notifications).isEmpty();
        assertThat(store.sends).isEmpty();
        assertThat(store.settings).isEmpty();
    }

    private SubscriberNotice notice(String key, NotificationKind kind) {
        return new SubscriberNotice(key, kind, clock.now, "u", subscription, null, LocalDate.of(2026, 12, 10), null, null, null, false);
    }

    private String kindOfSend(JobRequest job) {
        return store.notifications.get(store.sends.get(UUID.fromString(job.subjectId())).notificationId()).kind().name();
    }

    private void run(JobRequest request) {
        service.handle(Job.from(request, clock.instant()));
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

    /** Notifications, sends and settings in memory, keeping the stores' rules (one per user, source and kind). */
    private static final class Store implements Notifications, NotificationSends, NotificationSettings {
        final Map<UUID, Notification> notifications = new LinkedHashMap<>();
        final Map<UUID, NotificationSend> sends = new LinkedHashMap<>();
        final Map<String, NotificationPreferences> settings = new HashMap<>();

        @Override
        public List<Notification> addAll(List<Notification> made) {
            List<Notification> added = new ArrayList<>();
            for (Notification n : made) {
                boolean seen = notifications.values().stream().anyMatch(o -> o.userId().equals(n.userId())
                        && o.sourceKey().equals(n.sourceKey()) && o.kind() == n.kind());
                if (!seen) {
                    notifications.put(n.id(), n);
                    added.add(n);
                }
            }
            return added;
        }

        @Override
        public Optional<Notification> byId(UUID id) {
            return Optional.ofNullable(notifications.get(id));
        }

        @Override
        public Page<Notification> inbox(String userId, boolean unreadOnly, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Notification> markRead(String userId, UUID id, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forgetUser(String userId) {
            notifications.values().removeIf(n -> n.userId().equals(userId));
            sends.values().removeIf(s -> s.userId().equals(userId));
        }

        @Override
        public void add(List<NotificationSend> added) {
            added.forEach(s -> sends.put(s.id(), s));
        }

        @Override
        public Optional<NotificationSend> lock(UUID id) {
            return Optional.ofNullable(sends.get(id));
        }

        @Override
        public void update(NotificationSend send) {
            sends.put(send.id(), send);
        }

        @Override
        public List<NotificationSend> lostHandOffs(Instant now, int limit) {
            return sends.values().stream().filter(s -> s.state() == SendState.PENDING && s.handedOffUntil() != null
                    && s.handedOffUntil().isBefore(now)).limit(limit).toList();
        }

        @Override
        public Optional<NotificationPreferences> of(String userId) {
            return Optional.ofNullable(settings.get(userId));
        }

        @Override
        public Map<String, NotificationPreferences> ofUsers(Collection<String> userIds) {
            Map<String, NotificationPreferences> found = new HashMap<>();
            userIds.forEach(u -> { if (settings.containsKey(u)) found.put(u, settings.get(u)); });
            return found;
        }

        @Override
        public void save(NotificationPreferences preferences) {
            settings.put(preferences.userId(), preferences);
        }

        @Override
        public void forget(String userId) {
            settings.remove(userId);
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
