package domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import domain.delivery.DeliveryAddress;
import domain.shared.InvalidInputException;
import domain.shared.InvalidInputException.FieldError;
import domain.subscription.SubscribeUseCase.Subscribe;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link Subscribe#of} lists every invalid field of a subscription request at once. */
class SubscribeCommandTest {

    private static final UUID PLAN = UUID.randomUUID();
    private static final LocalDate START = LocalDate.of(2025, 7, 1);

    private static InvalidInputException failure(Runnable call) {
        return catchThrowableOfType(InvalidInputException.class, call::run);
    }

    @Test
    void buildsAValidRequest() {
        Subscribe s = Subscribe.of(PLAN, 2, new Subscribe.AddressFields("Kim", "010-1234-5678", "Seoul 1", null, "04524"), START);
        assertThat(s.planId()).isEqualTo(PLAN);
        assertThat(s.quantity()).isEqualTo(2);
        assertThat(s.address()).isEqualTo(new DeliveryAddress("Kim", "010-1234-5678", "Seoul 1", null, "04524"));
        assertThat(s.startDate()).isEqualTo(START);
    }

    @Test
    void listsEveryInvalidFieldIncludingTheAddressOnes() {
        InvalidInputException e = failure(() -> Subscribe.of(null, 0, new Subscribe.AddressFields(" ", "call me", null, "y".repeat(201), "1234"), null));
        assertThat(e.errors()).containsExactly(
                new FieldError("planId", "is required"),
                new FieldError("quantity", "must be between 1 and 99"),
                new FieldError("address.recipient", "is required"),
                new FieldError("address.phone", "must be a phone number"),
                new FieldError("address.line1", "is required"),
                new FieldError("address.line2", "must be at most 200 characters"),
                new FieldError("address.postalCode", "must be a 5-digit Korean postal code"),
                new FieldError("startDate", "is required"));
    }

    @Test
    void aMissingAddressIsOneError() {
        InvalidInputException e = failure(() -> Subscribe.of(PLAN, null, null, START));
        assertThat(e.errors()).containsExactly(
                new FieldError("quantity", "is required"),
                new FieldError("address", "is required"));
    }

    @Test
    void quantityBoundsAreInclusive() {
        assertThat(Subscribe.of(PLAN, 1, new Subscribe.AddressFields("Kim", "0212345678", "Seoul 1", null, "04524"), START).quantity()).isEqualTo(1);
        assertThat(Subscribe.of(PLAN, Subscription.MAX_QUANTITY, new Subscribe.AddressFields("Kim", "0212345678", "Seoul 1", null, "04524"), START)
                .quantity()).isEqualTo(99);
        assertThat(failure(() -> Subscribe.of(PLAN, 100, new Subscribe.AddressFields("Kim", "0212345678", "Seoul 1", null, "04524"), START)).errors())
                .extracting(FieldError::field).containsExactly("quantity");
    }
}
