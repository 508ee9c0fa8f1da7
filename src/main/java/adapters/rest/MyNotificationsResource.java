package adapters.rest;

import adapters.representation.NotificationViews.NotificationView;
import adapters.representation.NotificationViews.PreferencesView;
import adapters.representation.Views;
import domain.notification.NotificationChannel;
import domain.notification.NotificationKind;
import domain.notification.NotificationPreferences;
import domain.notification.SubscriberInboxUseCase;
import domain.shared.InvalidInputException;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A subscriber's notifications: the in-app inbox, and what they hear where. */
@Path("/me")
@RolesAllowed(Caller.USER)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {
    private final SubscriberInboxUseCase inbox;
    private final Caller caller;

    MyNotificationsResource(SubscriberInboxUseCase inbox, Caller caller) {
        this.inbox = inbox;
        this.caller = caller;
    }

    @GET
    @Path("/notifications")
    @Operation(operationId = "listMyNotifications", summary = "My inbox, newest first",
            description = "What the platform told me: payments, deliveries, my subscriptions' changes, refunds. unread=true lists only the"
                    + " unread ones. A kind I keep out of the inbox is not listed.")
    public Views.PageView<NotificationView> list(@Parameter(description = "true: only the unread ones") @QueryParam("unread") String unread,
                                                 @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        boolean unreadOnly = flag("unread", unread);
        return Views.PageView.of(inbox.inbox(caller.userId(), unreadOnly, Params.page(cursor, limit)), NotificationView::of);
    }

    @POST
    @Path("/notifications/{id}/read")
    @Transactional
    @Operation(operationId = "markMyNotificationRead", summary = "Mark one of my notifications read",
            description = "Marking it again keeps the first time it was read.")
    public NotificationView markRead(@PathParam("id") String id) {
        return NotificationView.of(inbox.markRead(caller.userId(), Params.id("notification", id)));
    }

    @GET
    @Path("/notification-preferences")
    @Operation(operationId = "getMyNotificationPreferences", summary = "What I hear about, where, and in which language")
    public PreferencesView preferences() {
        return PreferencesView.of(inbox.preferences(caller.userId()));
    }

    @PUT
    @Path("/notification-preferences")
    @Transactional
    @Operation(operationId = "setMyNotificationPreferences", summary = "Choose what I hear about, where, and in which language",
            description = "Replaces my choices: the language (KO by default, or EN), the address emails go to (none: no emails), and"
                    + " for each kind listed the channels it goes out on (INBOX, EMAIL, PUSH); a kind left out goes out on every"
                    + " channel. PAYMENT_FAILED must keep one channel that reaches me (EMAIL counts only with an address): missing it"
                    + " costs a delivery. Urgent kinds (PAYMENT_FAILED, WALLET_SHORT, SUSPENDED) are sent at any hour; the others"
                    + " wait on email and push until 08:00 Seoul time when they happen between 21:00 and 08:00. A closed account"
                    + " cannot set any (403 account-closed).")
    public PreferencesView update(Requests.NotificationPreferencesRequest body) {
        Requests.NotificationPreferencesRequest request = Params.body(body);
        Map<NotificationKind, Set<NotificationChannel>> channels = new EnumMap<>(NotificationKind.class);
        if (request.kinds() != null) {
            for (int i = 0; i < request.kinds().size(); i++) {
                Requests.KindChannels choice = request.kinds().get(i);
                String field = "kinds[" + i + "]";
                if (choice == null || choice.kind() == null) throw InvalidInputException.of(field + ".kind", "is required");
                if (choice.channels() == null) throw InvalidInputException.of(field + ".channels", "is required (empty: switched off)");
                if (choice.channels().contains(null)) throw InvalidInputException.of(field + ".channels", "must not hold null");
                if (Set.copyOf(choice.channels()).size() < choice.channels().size()) {
                    throw InvalidInputException.of(field + ".channels", "lists a channel twice");
                }
                if (channels.containsKey(choice.kind())) throw InvalidInputException.of(field + ".kind", choice.kind() + " is listed twice");
                channels.put(choice.kind(), choice.channels().isEmpty() ? EnumSet.noneOf(NotificationChannel.class) : EnumSet.copyOf(choice.channels()));
            }
        }
        String email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        return PreferencesView.of(inbox.updatePreferences(new NotificationPreferences(caller.userId(), request.language(), email, channels)));
    }

    private static boolean flag(String field, String value) {
        if (value == null || value.equals("false")) return false;
        if (value.equals("true")) return true;
        throw InvalidInputException.of(field, "must be true or false");
    }
}
