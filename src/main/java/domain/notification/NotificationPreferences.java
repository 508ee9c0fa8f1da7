package domain.notification;

import domain.shared.InputLimits;
import domain.shared.InvalidInputException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A subscriber's choices: their language, the address emails go to (none: no emails), and for each kind the
 * channels it goes out on. Kinds left out keep every channel. A mandatory kind keeps at least one channel that
 * reaches the subscriber (email counts only with an address).
 */
public record NotificationPreferences(String userId, Language language, String email, Map<NotificationKind, Set<NotificationChannel>> channels) {
    private static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    public NotificationPreferences {
        if (language == null) language = Language.KO;
        if (email != null) {
            String problem = email.length() > MAX_EMAIL ? "must be at most " + MAX_EMAIL + " characters" : InputLimits.textProblem(email);
            if (problem == null && !EMAIL.matcher(email).matches()) problem = "must be an email address (name@domain)";
            if (problem != null) throw InvalidInputException.of("email", problem);
        }
        Map<NotificationKind, Set<NotificationChannel>> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            Set<NotificationChannel> chosen = channels == null ? null : channels.get(kind);
            all.put(kind, Collections.unmodifiableSet(chosen == null ? EnumSet.allOf(NotificationChannel.class)
                    : chosen.isEmpty() ? EnumSet.noneOf(NotificationChannel.class) : EnumSet.copyOf(chosen)));
        }
        channels = Collections.unmodifiableMap(all);
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.mandatory() && reaching(all.get(kind), email).isEmpty()) {
                throw InvalidInputException.of("channels." + kind.name(), "must keep at least one channel (email only with an address):"
                        + " " + kind.name() + " cannot be switched off");
            }
        }
    }

    /** Every kind on every channel, in Korean, with no email address yet. */
    public static NotificationPreferences defaults(String userId) {
        return new NotificationPreferences(userId, Language.KO, null, null);
    }

    /** The channels a notification of this kind goes out on. */
    public Set<NotificationChannel> channelsFor(NotificationKind kind) {
        return reaching(channels.get(kind), email);
    }

    private static Set<NotificationChannel> reaching(Set<NotificationChannel> chosen, String email) {
        if (email != null || !chosen.contains(NotificationChannel.EMAIL)) return chosen;
        Set<NotificationChannel> reaching = EnumSet.noneOf(NotificationChannel.class);
        reaching.addAll(chosen);
        reaching.remove(NotificationChannel.EMAIL);
        return Collections.unmodifiableSet(reaching);
    }

    @Override
    public String toString() {
        return "NotificationPreferences[" + userId + ", " + language + ", email " + (email == null ? "none" : "set") + "]";
    }
}
