package domain.notification;

import domain.scheduling.Job;
import domain.scheduling.JobHandler;
import domain.scheduling.JobRequest;
import domain.scheduling.JobScheduler;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Tells subscribers what happened. A notice becomes one notification per source and kind (a repeat makes none), in
 * the subscriber's language, in their inbox when they keep that kind there, and one send per other channel they
 * chose. A send due now (an urgent kind, or outside the quiet hours) is handed to the {@link NotificationSender}
 * straight away, which sends it after this transaction commits, with nothing locked, and reports back; one that waits
 * out the quiet hours, and every retry, is a {@code notification.send} job on the delay scheduler that hands it over
 * when due. A hand-off never reported (the process died) is made again by the sweep.
 */
public final class NotificationService implements NotifySubscribersUseCase, RecordNotificationOutcomeUseCase, JobHandler {
    public static final JobType SEND = new JobType("notification.send");
    private static final int LOST_BATCH = 500;

    private final Notifications notifications;
    private final NotificationSends sends;
    private final NotificationSettings settings;
    private final Recipients recipients;
    private final Shortfalls shortfalls;
    private final NotificationSender sender;
    private final JobScheduler jobs;
    private final BusinessCalendar calendar;
    private final QuietHours quietHours;
    private final List<Duration> retryDelays;
    private final Duration handOff;
    private final Set<NotificationChannel> available;

    /**
     * @param handOff how long an attempt may be out before it is taken as lost (longer than the sender's time-out)
     * @param available the channels this platform can send on (push only with a push gateway)
     */
    public NotificationService(Notifications notifications, NotificationSends sends, NotificationSettings settings, Recipients recipients,
                               Shortfalls shortfalls, NotificationSender sender, JobScheduler jobs, BusinessCalendar calendar,
                               QuietHours quietHours, List<Duration> retryDelays, Duration handOff, Set<NotificationChannel> available) {
        this.notifications = notifications;
        this.sends = sends;
        this.settings = settings;
        this.recipients = recipients;
        this.shortfalls = shortfalls;
        this.sender = sender;
        this.jobs = jobs;
        this.calendar = calendar;
        this.quietHours = quietHours;
        this.retryDelays = List.copyOf(retryDelays);
        this.handOff = handOff;
        this.available = Set.copyOf(available);
    }

    @Override
    public void notify(List<SubscriberNotice> notices) {
        if (notices.isEmpty()) return;
        Instant now = calendar.now();
        List<SubscriberNotice> addressed = addressed(notices);
        Set<String> users = new LinkedHashSet<>();
        addressed.forEach(notice -> users.add(notice.userId()));
        Set<String> closed = recipients.closed(users);
        Map<String, NotificationPreferences> preferences = settings.ofUsers(users);
        List<Notification> made = new ArrayList<>();
        Map<UUID, Set<NotificationChannel>> channelsOf = new HashMap<>();
        for (SubscriberNotice notice : addressed) {
            if (closed.contains(notice.userId())) continue;
            NotificationPreferences chosen = preferences.getOrDefault(notice.userId(), NotificationPreferences.defaults(notice.userId()));
            Set<NotificationChannel> channels = java.util.EnumSet.noneOf(NotificationChannel.class);
            channels.addAll(chosen.channelsFor(notice.kind()));
            channels.retainAll(available);
            // A kind that cannot be switched off reaches the inbox at least, whatever this platform cannot send.
            if (channels.isEmpty() && notice.kind().mandatory()) channels.add(NotificationChannel.INBOX);
            if (channels.isEmpty()) continue;
            Shortfall shortfall = null;
            if (notice.kind() == NotificationKind.PAYMENT_FAILED && !notice.finalAttempt()) {
                shortfall = notice.deliveryId() == null ? null : shortfalls.of(notice.deliveryId(), notice.occurredAt()).orElse(null);
                if (shortfall == null) continue; // paid or called off since: nothing is asked of the subscriber any more
            }
            Notification notification = Notification.of(notice, NotificationTexts.of(notice, chosen.language(), shortfall),
                    channels.contains(NotificationChannel.INBOX), now);
            made.add(notification);
            channelsOf.put(notification.id(), channels);
        }
        if (made.isEmpty()) return;
        List<NotificationSend> toSend = new ArrayList<>();
        List<NotificationSend> straight = new ArrayList<>();
        List<JobRequest> later = new ArrayList<>();
        Map<UUID, Notification> added = new HashMap<>();
        for (Notification notification : notifications.addAll(made)) {
            added.put(notification.id(), notification);
            Instant due = notification.kind().urgent() ? now : quietHours.notBefore(now);
            for (NotificationChannel channel : channelsOf.get(notification.id())) {
                if (channel == NotificationChannel.INBOX) continue;
                NotificationSend send = NotificationSend.of(notification, channel, due);
                // Due now: handed to the sender straight after this commits (the scheduler is for what waits).
                if (due.equals(now)) {
                    send = send.handedOff(handOffUntil(now));
                    straight.add(send);
                } else {
                    later.add(attempt(send.id(), 1, due));
                }
                toSend.add(send);
            }
        }
        sends.add(toSend);
        jobs.schedule(later);
        for (NotificationSend send : straight) {
            Notification notification = added.get(send.notificationId());
            send(send, 1, notification, preferences.getOrDefault(send.userId(), NotificationPreferences.defaults(send.userId())));
        }
    }

    private void send(NotificationSend out, int attempt, Notification what, NotificationPreferences chosen) {
        sender.sendAfterCommit(new NotificationSender.OutgoingNotification(out.id(), attempt, out.handedOffUntil(), out.channel(), out.userId(),
                chosen.email(), chosen.language(), what.id(), what.kind(), what.title(), what.body()));
    }

    /** When a hand-off made now lapses; whole microseconds, as the store keeps it (it is the hand-off's mark). */
    private Instant handOffUntil(Instant now) {
        return now.plus(handOff).truncatedTo(ChronoUnit.MICROS);
    }

    /** The notices with their subscriber named; those about a subscription that is not found are dropped. */
    private List<SubscriberNotice> addressed(List<SubscriberNotice> notices) {
        Set<UUID> unaddressed = new LinkedHashSet<>();
        notices.stream().filter(notice -> notice.userId() == null).forEach(notice -> unaddressed.add(notice.subscriptionId()));
        Map<UUID, String> owners = unaddressed.isEmpty() ? Map.of() : recipients.ownersOf(unaddressed);
        List<SubscriberNotice> addressed = new ArrayList<>(notices.size());
        for (SubscriberNotice notice : notices) {
            String user = notice.userId() != null ? notice.userId() : owners.get(notice.subscriptionId());
            if (user != null) addressed.add(notice.userId() != null ? notice : notice.to(user));
        }
        return addressed;
    }

    @Override
    public void forgetUser(String userId) {
        notifications.forgetUser(userId);
        settings.forget(userId);
    }

    /** Attempt {@code number} of a send: handed to the sender, unless the send moved on or the channel was switched off. */
    @Override
    public void handle(Job job) {
        UUID id = UUID.fromString(job.subjectId());
        int number = Integer.parseInt(job.payload());
        Optional<NotificationSend> found = sends.lock(id);
        if (found.isEmpty()) return;
        NotificationSend send = found.get();
        if (send.state() != SendState.PENDING || send.attempts() != number - 1) return; // an old or repeated job
        Instant now = calendar.now();
        if (send.handedOffUntil() != null && send.handedOffUntil().isAfter(now)) return; // this attempt is out already
        Optional<Notification> notification = notifications.byId(send.notificationId());
        if (notification.isEmpty()) {
            sends.update(send.givenUp("the notification was erased", false));
            return;
        }
        NotificationPreferences chosen = settings.of(send.userId()).orElse(NotificationPreferences.defaults(send.userId()));
        if (!chosen.channelsFor(notification.get().kind()).contains(send.channel())) {
            sends.update(send.givenUp("the subscriber switched " + send.channel() + " off for " + notification.get().kind(), false));
            return;
        }
        NotificationSend out = send.handedOff(handOffUntil(now));
        sends.update(out);
        send(out, number, notification.get(), chosen);
    }

    @Override
    public JobType type() {
        return SEND;
    }

    @Override
    public void record(UUID sendId, int attempt, Instant handedOff, NotificationSender.SendOutcome outcome) {
        Optional<NotificationSend> found = sends.lock(sendId);
        if (found.isEmpty()) return;
        NotificationSend send = found.get();
        boolean current = send.state() == SendState.PENDING && send.attempts() == attempt - 1 && handedOff.equals(send.handedOffUntil());
        if (!current) return; // recorded already, or its hand-off lapsed and was made again
        Instant now = calendar.now();
        if (outcome.sent()) {
            sends.update(send.sent(now));
            return;
        }
        if (outcome.permanent() || attempt > retryDelays.size()) {
            sends.update(send.givenUp(outcome.error(), true));
            return;
        }
        Duration delay = outcome.retryAfter() != null && outcome.retryAfter().compareTo(retryDelays.get(attempt - 1)) > 0
                ? outcome.retryAfter() : retryDelays.get(attempt - 1);
        Instant at = now.plus(delay);
        boolean urgent = notifications.byId(send.notificationId()).map(n -> n.kind().urgent()).orElse(true);
        if (!urgent) at = quietHours.notBefore(at);
        sends.update(send.retryAt(at, outcome.error()));
        jobs.schedule(List.of(attempt(sendId, attempt + 1, at)));
    }

    @Override
    public int resendLostHandOffs() {
        Instant now = calendar.now();
        List<NotificationSend> lost = sends.lostHandOffs(now, LOST_BATCH); // locked
        List<JobRequest> again = new ArrayList<>();
        for (NotificationSend send : lost) {
            boolean urgent = notifications.byId(send.notificationId()).map(n -> n.kind().urgent()).orElse(true);
            sends.update(send.handedOff(null));
            again.add(attempt(send.id(), send.attempts() + 1, urgent ? now : quietHours.notBefore(now)));
        }
        jobs.schedule(again);
        return lost.size();
    }

    private static JobRequest attempt(UUID sendId, int number, Instant dueAt) {
        return new JobRequest(SEND, sendId.toString(), Integer.toString(number), dueAt, SEND.name() + ":" + sendId + ":" + number);
    }
}
