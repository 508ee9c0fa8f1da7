package adapters.rest;

import domain.catalog.ProductDetails;
import domain.classification.ItemKind;
import domain.catalog.ManageCatalogUseCase.CycleType;
import domain.catalog.PlanKind;
import domain.subscription.CancellationMode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    public record NewFilter(@Schema(required = true, minLength = 1, maxLength = 100) String name,
                            @Schema(required = true, description = "What it sorts: PLAN or CONTENT (a shop's pool: PLAN)") ItemKind subject,
                            @Schema(required = true, description = FILTER) Map<String, Object> filter) { }

    public record ChangeFilter(@Schema(required = true, minLength = 1, maxLength = 100) String name,
                               @Schema(required = true, description = FILTER) Map<String, Object> filter,
                               @Schema(description = "The version read; if another change came first, 409 and nothing changes") Long version) { }

    public record TestFilter(@Schema(required = true) ItemKind subject,
                             @Schema(required = true, description = FILTER) Map<String, Object> filter,
                             @Schema(required = true) SampleItemJson item) { }

    @Schema(description = "A made-up item to try a filter on; what is left out is empty")
    public record SampleItemJson(@Schema(maxLength = 500) String title, @Schema(maxLength = 10000) String body,
                                 @Schema(maxLength = 40) String category, @Schema(maxItems = 20) List<String> tags,
                                 @Schema(minimum = "0", maximum = "10") Integer imageCount,
                                 @Schema(minimum = "0", maximum = "100000000000", description = "Whole won") Long price,
                                 @Schema(maxItems = 50) List<String> regions,
                                 @Schema(description = "PLAN: the shop (a shop's own pool: always the shop)") UUID shopId,
                                 PlanKind planKind,
                                 @Schema(maxLength = 100, description = "LOG: the logger") String logger,
                                 @Schema(description = "LOG: WARN or ERROR") String level,
                                 @Schema(maxItems = 10, description = "LOG: the exception's class and its causes'") List<String> exceptionTypes) { }

    private static final String FILTER = "A condition of gudok's filter language (docs/classification.md), e.g."
            + " {\"and\": [{\"keywords\": {\"any\": [\"강아지\"]}}, {\"price\": {\"max\": 15000}}]}";

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
