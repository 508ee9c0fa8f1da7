package domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.shared.InvalidInputException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {

    @Test
    void byDefaultEveryKindGoesEverywhereButEmailNeedsAnAddress() {
        NotificationPreferences defaults = NotificationPreferences.defaults("u");
        assertThat(defaults.language()).isEqualTo(Language.KO);
        assertThat(defaults.channelsFor(NotificationKind.SHIPPED)).containsExactlyInAnyOrder(NotificationChannel.INBOX, NotificationChannel.PUSH);
        NotificationPreferences withEmail = new NotificationPreferences("u", Language.EN, "u@example.com", Map.of());
        assertThat(withEmail.channelsFor(NotificationKind.SHIPPED)).containsExactlyInAnyOrder(NotificationChannel.values());
    }

    @Test
    void aPaymentFailureKeepsAChannelThatReachesTheSubscriber() {
        assertThatThrownBy(() -> new NotificationPreferences("u", Language.KO, "u@example.com",
                Map.of(NotificationKind.PAYMENT_FAILED, Set.of()))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("PAYMENT_FAILED");
        assertThatThrownBy(() -> new NotificationPreferences("u", Language.KO, null,
                Map.of(NotificationKind.PAYMENT_FAILED, Set.of(NotificationChannel.EMAIL)))).isInstanceOf(InvalidInputException.class);
        NotificationPreferences inboxOnly = new NotificationPreferences("u", Language.KO, null,
                Map.of(NotificationKind.PAYMENT_FAILED, Set.of(NotificationChannel.INBOX), NotificationKind.PAID, Set.of()));
        assertThat(inboxOnly.channelsFor(NotificationKind.PAYMENT_FAILED)).containsExactly(NotificationChannel.INBOX);
        assertThat(inboxOnly.channelsFor(NotificationKind.PAID)).as("other kinds may be switched off").isEmpty();
    }

    @Test
    void anEmailAddressIsCheckedWhereItEnters() {
        for (String bad : new String[] {"no-at-sign", "a@b", "a b@c.kr", "a\u0000@b.kr", "x".repeat(250) + "@b.kr"}) {
            assertThatThrownBy(() -> new NotificationPreferences("u", Language.KO, bad, Map.of())).as(bad)
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(new NotificationPreferences("u", Language.KO, "구독자@example.co.kr", Map.of()).email()).isEqualTo("구독자@example.co.kr");
        assertThat(new NotificationPreferences("u", Language.KO, "secret@example.com", Map.of()).toString()).doesNotContain("secret");
        assertThat(EnumSet.allOf(NotificationKind.class).stream().filter(NotificationKind::mandatory)).containsExactly(NotificationKind.PAYMENT_FAILED);
    }
}
