package adapters.rest;

import domain.catalog.ManageCatalogUseCase.CycleType;
import domain.catalog.PlanKind;
import domain.subscription.CancellationMode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;

/** Request bodies as clients send them; every field may be missing, and the domain commands say which may not. */
public final class Requests {
    private Requests() { }

    /**
     * Amounts are read exactly, so a fraction or an overflow is reported against its field. The currency
     * may be left out; any other than KRW is refused where the JSON is read, for every sum that enters.
     */
    public record MoneyJson(BigDecimal amount, Currency currency) {
        String currencyCode() {
            return currency == null ? null : currency.name();
        }
    }

    /** gudok trades in won only. */
    public enum Currency { KRW }

    public record RegisterShop(String name) { }

    public record IssueApiKey(String name) { }

    public record AddProduct(String name, String description, MoneyJson unitPrice) { }

    public record Cycle(CycleType type, Integer everyWeeks, DayOfWeek dayOfWeek, Integer dayOfMonth) { }

    public record Rental(MoneyJson monthlyFee, Integer commitmentMonths, MoneyJson earlyTerminationFee) { }

    public record CreatePlan(UUID productId, String name, PlanKind kind, MoneyJson price, Cycle cycle, Rental rental) { }

    public record Address(String recipient, String phone, String line1, String line2, String postalCode) { }

    public record Subscribe(UUID planId, Integer quantity, Address address, LocalDate startDate) { }

    public record Pause(LocalDate until) { }

    public record Skip(UUID deliveryId) { }

    public record Reschedule(LocalDate date) { }

    public record Change(UUID planId, Integer quantity) { }

    public record Cancel(CancellationMode mode) { }

    public record ReportShipment(String carrier, String trackingNumber) { }
}
