package domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.ShopId;
import domain.shared.StateConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {
    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");
    private final WebhookEndpoint endpoint = WebhookEndpoint.create(UUID.randomUUID(), ShopId.random(), "https://p.example.com/h",
            Set.of("delivery.paid"), "", "whsec_first", T0);

    @Test
    void aRotatedOutSecretSignsUntilItsOverlapEnds() {
        WebhookEndpoint rotated = endpoint.rotated("whsec_second", Duration.ofHours(24), T0.plusSeconds(60));
        assertThat(rotated.signingSecrets(T0.plusSeconds(61))).containsExactly("whsec_second", "whsec_first");
        assertThat(rotated.signingSecrets(T0.plusSeconds(60).plus(Duration.ofHours(24)))).containsExactly("whsec_second");
        // a second rotation within the overlap ends the oldest at once: at most two sign
        WebhookEndpoint again = rotated.rotated("whsec_third", Duration.ofHours(24), T0.plusSeconds(120));
        assertThat(again.signingSecrets(T0.plusSeconds(121))).containsExactly("whsec_third", "whsec_second");
    }

    @Test
    void anEndpointWantsTheTypesItListedOrAllWhenItListedNone() {
        assertThat(endpoint.wants("delivery.paid")).isTrue();
        assertThat(endpoint.wants("delivery.shipped")).isFalse();
        assertThat(endpoint.edited(endpoint.url(), Set.of(), "", T0).wants("delivery.shipped")).isTrue();
    }

    @Test
    void theLifecycleFollowsItsTable() {
        WebhookEndpoint gone = endpoint.disabled(DisabledReason.GONE, T0);
        assertThat(gone.status()).isEqualTo(EndpointStatus.DISABLED);
        assertThat(gone.disabledReason()).isEqualTo(DisabledReason.GONE);
        assertThatThrownBy(() -> gone.disabled(DisabledReason.FAILING, T0)).isInstanceOf(StateConflictException.class);
        WebhookEndpoint back = gone.enabled(T0.plusSeconds(1));
        assertThat(back.enabled()).isTrue();
        assertThat(back.disabledReason()).isNull();
        assertThatThrownBy(() -> back.enabled(T0)).isInstanceOf(StateConflictException.class);
    }
}
