package contract;

import static org.assertj.core.api.Assertions.assertThat;

import adapters.representation.EventCatalog;
import domain.webhook.WebhookEventTypes;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The types shops' endpoints may ask for are platform events whose data names the shop (how they are routed). */
class WebhookEventTypesTest {
    @Test
    void everyWebhookTypeIsAnEventWhoseDataNamesItsShop() {
        for (String type : WebhookEventTypes.ALL) {
            EventCatalog.EventType event = EventCatalog.TYPES.stream().filter(e -> e.type().equals(type)).findFirst()
                    .orElseThrow(() -> new AssertionError(type + " is not in the event catalog"));
            assertThat(Arrays.stream(event.data().getRecordComponents()).map(c -> c.getName()))
                    .as("the data of %s names its shop", type).contains("shopId");
        }
    }
}
