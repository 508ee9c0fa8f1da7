package adapters.cdi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestClockRefusedInProductionTest {
    @Test
    void aTestClockIsRefusedInTheProdProfileOnly() {
        assertThatThrownBy(() -> DomainServices.refuseTestClockInProduction(true, List.of("prod")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
        assertThatCode(() -> DomainServices.refuseTestClockInProduction(false, List.of("prod"))).doesNotThrowAnyException();
        assertThatCode(() -> DomainServices.refuseTestClockInProduction(true, List.of("sandbox"))).doesNotThrowAnyException();
        assertThatCode(() -> DomainServices.refuseTestClockInProduction(true, List.of("dev"))).doesNotThrowAnyException();
    }
}
