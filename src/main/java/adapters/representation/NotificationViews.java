package adapters.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import domain.notification.Language;
import domain.notification.Notification;
import domain.notification.NotificationChannel;
import domain.notification.NotificationKind;
import domain.notification.NotificationPreferences;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscriber's notifications and their choices, as the app shows them. */
public final class NotificationViews {
    private NotificationViews() { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NotificationView(UUID id, NotificationKind kind, String title, String body,
                                   @Schema(description = "The subscription it is about, if any") UUID subscriptionId,
                                   @Schema(description = "The delivery it is about, if any") UUID deliveryId,
                                   Instant createdAt,
                                   @Schema(description = "When the subscriber read it; absent while unread") Instant readAt) {
        public static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.kind(), n.title(), n.body(), n.subscriptionId(), n.deliveryId(), n.createdAt(), n.readAt());
        }
    }

    public record KindChannelsView(NotificationKind kind,
                                   @Schema(description = "Sent at any hour; the others wait out the quiet hours (21:00-08:00 Seoul) on email and push")
                                   boolean urgent,
                                   @Schema(description = "Cannot be switched off on every channel") boolean mandatory,
                                   List<NotificationChannel> channels) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PreferencesView(Language language,
                                  @Schema(description = "Where emails go; absent: no emails are sent") String email,
                                  @Schema(description = "Every kind, with the channels it goes out on") List<KindChannelsView> kinds) {
        public static PreferencesView of(NotificationPreferences p) {
            return new PreferencesView(p.language(), p.email(), Arrays.stream(NotificationKind.values())
                    .map(kind -> new KindChannelsView(kind, kind.urgent(), kind.mandatory(), p.channels().get(kind).stream().sorted().toList()))
                    .toList());
        }
    }
}
