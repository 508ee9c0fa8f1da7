package domain.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Something a subscriber should hear about, as it happened. {@code sourceKey} names what caused it (the platform
 * event's id, or the day of a warning): one notification per key and kind, however often it is seen. The subscriber
 * is {@code userId}, or the owner of {@code subscriptionId} when that is not known yet. {@code date} is the day it is
 * about (the delivery's, the pause's end, the commitment's end), {@code amount} in won where money moved, {@code alert}
 * what an alert matched.
 */
public record SubscriberNotice(String sourceKey, NotificationKind kind, Instant occurredAt, String userId, UUID subscriptionId,
                               UUID deliveryId, LocalDate date, Long amount, String carrier, String trackingNumber, boolean finalAttempt,
                               AlertMatch alert) {
    /** The alerts (their names) that matched an item, and the item's title. */
    public record AlertMatch(List<String> alertNames, String itemTitle) {
        public AlertMatch {
            alertNames = List.copyOf(alertNames);
            Objects.requireNonNull(itemTitle, "itemTitle");
            if (alertNames.isEmpty()) throw new IllegalArgumentException("an alert match names its alerts");
        }
    }

    public SubscriberNotice(String sourceKey, NotificationKind kind, Instant occurredAt, String userId, UUID subscriptionId,
                            UUID deliveryId, LocalDate date, Long amount, String carrier, String trackingNumber, boolean finalAttempt) {
        this(sourceKey, kind, occurredAt, userId, subscriptionId, deliveryId, date, amount, carrier, trackingNumber, finalAttempt, null);
    }

    public SubscriberNotice {
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (userId == null && subscriptionId == null) throw new IllegalArgumentException("a notice names its subscriber or subscription");
        if ((kind == NotificationKind.ALERT_MATCHED) != (alert != null)) throw new IllegalArgumentException("an alert's notice, and only it, says what matched");
    }

    /** One or more of a user's alerts matched an item. */
    public static SubscriberNotice alertMatched(String sourceKey, Instant occurredAt, String userId, AlertMatch alert) {
        return new SubscriberNotice(sourceKey, NotificationKind.ALERT_MATCHED, occurredAt, Objects.requireNonNull(userId, "userId"), null, null,
                null, null, null, null, false, alert);
    }

    /** A notice about a subscription or one of its deliveries, its subscriber looked up. */
    public static SubscriberNotice about(String sourceKey, NotificationKind kind, Instant occurredAt, UUID subscriptionId, UUID deliveryId,
                                         LocalDate date) {
        return new SubscriberNotice(sourceKey, kind, occurredAt, null, subscriptionId, deliveryId, date, null, null, null, false);
    }

    public SubscriberNotice shipment(String carrier, String trackingNumber) {
        return new SubscriberNotice(sourceKey, kind, occurredAt, userId, subscriptionId, deliveryId, date, amount, carrier, trackingNumber, finalAttempt, alert);
    }

    /** A payment failure that was the last try: the delivery is cancelled. */
    public SubscriberNotice lastAttempt() {
        return new SubscriberNotice(sourceKey, kind, occurredAt, userId, subscriptionId, deliveryId, date, amount, carrier, trackingNumber, true, alert);
    }

    public SubscriberNotice to(String user) {
        return new SubscriberNotice(sourceKey, kind, occurredAt, user, subscriptionId, deliveryId, date, amount, carrier, trackingNumber, finalAttempt, alert);
    }

    public SubscriberNotice amount(long won) {
        return new SubscriberNotice(sourceKey, kind, occurredAt, userId, subscriptionId, deliveryId, date, won, carrier, trackingNumber, finalAttempt, alert);
    }
}
