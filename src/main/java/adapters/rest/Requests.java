package adapters.rest;

import domain.catalog.ProductDetails;
import domain.catalog.ManageCatalogUseCase.CycleType;
import domain.catalog.PlanKind;
import domain.subscription.CancellationMode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies as clients send them; every field may be missing, and the domain commands say which may not. */
public final class Requests {
    private Requests() { }

    /**
     * Amounts are read exactly, so a fraction or an overflow is reported against its field. The currency
     * may be left out; any other than KRW is refused where the JSON is read, for every sum that enters.
     */
    public record MoneyJson(@Schema(required = true, description = "Whole won", minimum = "0", maximum = "100000000000") BigDecimal amount,
                            @Schema(description = "KRW; may be left out") Currency currency) {
        String currencyCode() {
            return currency == null ? null : currency.name();
        }
    }

    /** gudok trades in won only. */
    public enum Currency { KRW }

    public record WebhookEndpointSettings(
            @Schema(required = true, minLength = 1, maxLength = 2000, description = "An https URL with a public host") String url,
            @Schema(maxItems = 100, description = "The event types to send to it (see the event catalog); left out or empty: all the types shops are sent")
            java.util.List<String> eventTypes,
            @Schema(maxLength = 500) String description) { }

    public record UpdateWebhookEndpoint(
            @Schema(required = true, minLength = 1, maxLength = 2000, description = "An https URL with a public host") String url,
            @Schema(maxItems = 100, description = "The event types to send to it; left out or empty: all") java.util.List<String> eventTypes,
            @Schema(maxLength = 500) String description,
            @Schema(required = true, description = "false disables it (messages are no longer sent); true enables it again, also after its receiver failed or answered 410")
            Boolean enabled) { }

    public record ReplayFailedWebhooks(@Schema(required = true, description = "Messages made at or after this time that failed are sent again")
                                       java.time.Instant since) { }

    public record NotificationPreferencesRequest(
            @Schema(description = "KO (the default) or EN") domain.notification.Language language,
            @Schema(maxLength = 254, description = "Where emails go; left out or null: no emails") String email,
            @Schema(maxItems = 13, description = "The channels of each kind listed; a kind left out goes out on every channel")
            java.util.List<KindChannels> kinds) { }

    public record KindChannels(@Schema(required = true) domain.notification.NotificationKind kind,
                               @Schema(required = true, maxItems = 3, description = "Empty: switched off (not allowed for a mandatory kind)")
                               java.util.List<domain.notification.NotificationChannel> channels) { }

    public record RegisterShop(@Schema(required = true, minLength = 1, maxLength = 200) String name) { }

    public record IssueApiKey(@Schema(required = true, minLength = 1, maxLength = 100, description = "What the key is for") String name) { }

    public record AddProduct(@Schema(required = true, minLength = 1, maxLength = 200) String name,
                             @Schema(maxLength = 2000, description = "Free text; line breaks and tabs allowed") String description,
                             @Schema(required = true) MoneyJson unitPrice,
                             @Schema(maxLength = 40, description = CATEGORY) String category,
                             @Schema(maxItems = ProductDetails.MAX_TAGS, description = TAGS) List<String> tags,
                             @Schema(maxItems = ProductDetails.MAX_IMAGES, description = IMAGES) List<String> imageUrls,
                             @Schema(maxItems = ProductDetails.MAX_REGIONS, description = REGIONS) List<String> regions) { }

    /** A product's new name, description and details, all at once: what is left out is cleared. */
    public record EditProduct(@Schema(required = true, minLength = 1, maxLength = 200) String name,
                              @Schema(maxLength = 2000, description = "Free text; line breaks and tabs allowed; absent clears it") String description,
                              @Schema(maxLength = 40, description = CATEGORY + "; absent clears it") String category,
                              @Schema(maxItems = ProductDetails.MAX_TAGS, description = TAGS) List<String> tags,
                              @Schema(maxItems = ProductDetails.MAX_IMAGES, description = IMAGES) List<String> imageUrls,
                              @Schema(maxItems = ProductDetails.MAX_REGIONS, description = REGIONS) List<String> regions) { }

    private static final String CATEGORY = "A code of the category tree (docs/catalog.md), e.g. food.coffee";
    private static final String TAGS = "Free words; stored trimmed, in lower case, each once";
    private static final String IMAGES = "Absolute https URLs of the product's images";
    private static final String REGIONS = "Where it is delivered: kr (nationwide, the default), a province like busan, a Seoul district like seoul.gangnam";

    public record Cycle(@Schema(required = true) CycleType type,
                        @Schema(minimum = "1", maximum = "52", description = "WEEKLY: every this many weeks") Integer everyWeeks,
                        @Schema(description = "WEEKLY: on this day") DayOfWeek dayOfWeek,
                        @Schema(minimum = "1", maximum = "31", description = "MONTHLY: on this day (the last day of shorter months)") Integer dayOfMonth) { }

    public record Rental(@Schema(required = true) MoneyJson monthlyFee,
                         @Schema(required = true, minimum = "1", maximum = "120") Integer commitmentMonths,
                         MoneyJson earlyTerminationFee) { }

    public record CreatePlan(@Schema(required = true) UUID productId, @Schema(required = true, minLength = 1, maxLength = 200) String name,
                             @Schema(required = true) PlanKind kind,
                             @Schema(description = "REGULAR_DELIVERY: the price per delivery") MoneyJson price,
                             @Schema(description = "REGULAR_DELIVERY: when deliveries happen") Cycle cycle,
                             @Schema(description = "RENTAL: fee, commitment, early-termination fee") Rental rental) { }

    public record ChangePlan(@Schema(required = true, minLength = 1, maxLength = 200) String name,
                             @Schema(required = true, description = "REGULAR_DELIVERY: the price per delivery; RENTAL: the monthly fee. For new"
                                     + " subscriptions only: existing subscriptions keep the price they took") MoneyJson price) { }

    public record Address(@Schema(required = true, minLength = 1, maxLength = 100) String recipient,
                          @Schema(required = true, minLength = 1, maxLength = 30) String phone,
                          @Schema(required = true, minLength = 1, maxLength = 200) String line1,
                          @Schema(maxLength = 200) String line2,
                          @Schema(required = true, minLength = 1, maxLength = 10) String postalCode) { }

    public record Subscribe(@Schema(required = true) UUID planId, @Schema(required = true, minimum = "1", maximum = "99") Integer quantity,
                            @Schema(required = true) Address address,
                            @Schema(required = true, description = "A Seoul date, today or later") LocalDate startDate) { }

    public record Pause(@Schema(description = "The Seoul date the pause ends; left out: open-ended") LocalDate until) { }

    public record ChangeAddress(@Schema(required = true) Address address) { }

    public record Skip(@Schema(description = "Left out: the next delivery") UUID deliveryId) { }

    public record Reschedule(@Schema(required = true) LocalDate date) { }

    public record Change(UUID planId, Integer quantity) { }

    public record Cancel(@Schema(required = true) CancellationMode mode) { }

    public record ReportShipment(@Schema(required = true, minLength = 1, maxLength = 100) String carrier,
                                 @Schema(required = true, minLength = 1, maxLength = 100) String trackingNumber) { }
}
