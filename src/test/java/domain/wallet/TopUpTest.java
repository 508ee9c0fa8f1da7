package domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.shared.InvalidInputException;
import domain.shared.TransitionGrid;
import domain.wallet.TopUpStatus.RefundAction;
import domain.wallet.TopUpStatus.TopUpAction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycles of a top-up and of a refund of one, held to their tables in TopUpStatus. */
class TopUpTest {
    private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");

    /** Written out by hand: the tables in TopUpStatus must say the same, so a change to them has to be made here too. */
    private static final TransitionGrid<TopUpStatus, TopUpAction> TOP_UP = TransitionGrid.parse(TopUpStatus.class, TopUpAction.class, """
                       SUCCEED    DECLINE   REFUND
            PENDING    SUCCEEDED  DECLINED  -
            SUCCEEDED  -          -         SUCCEEDED
            DECLINED   -          -         -
            """);
    private static final TransitionGrid<TopUpStatus, RefundAction> TOP_UP_REFUND = TransitionGrid.parse(TopUpStatus.class, RefundAction.class, """
                       SUCCEED    DECLINE
            PENDING    SUCCEEDED  DECLINED
            SUCCEEDED  -          -
            DECLINED   -          -
            """);

    /** The methods behind each action, and the verb its refusal names. */
    private static final Map<TopUpAction, List<UnaryOperator<TopUp>>> TOP_UP_METHODS = Map.of(
            TopUpAction.SUCCEED, List.of(t -> t.succeeded("ch-1", NOW)),
            TopUpAction.DECLINE, List.of(t -> t.declined("insufficient_funds", NOW)),
            TopUpAction.REFUND, List.of(t -> t.refund(1_000), t -> t.refundDeclined(4_000)));
    private static final Map<TopUpAction, String> TOP_UP_VERBS = Map.of(
            TopUpAction.SUCCEED, "settle", TopUpAction.DECLINE, "decline", TopUpAction.REFUND, "refund");
    private static final Map<RefundAction, List<UnaryOperator<TopUpRefund>>> REFUND_METHODS = Map.of(
            RefundAction.SUCCEED, List.of(r -> r.succeeded("re-1", NOW)),
            RefundAction.DECLINE, List.of(r -> r.declined("refund_declined", NOW)));

    /** A top-up of 10,000 in any state; a succeeded one has 4,000 of it refunded (or being). */
    private static TopUp topUpIn(TopUpStatus status) {
        boolean settled = status != TopUpStatus.PENDING;
        return new TopUp(UUID.randomUUID(), "amy", UUID.randomUUID(), 10_000, status,
                status == TopUpStatus.DECLINED ? "insufficient_funds" : null, status == TopUpStatus.SUCCEEDED ? "ch-1" : null,
                false, null, NOW, settled ? NOW : null, status == TopUpStatus.SUCCEEDED ? 4_000 : 0);
    }

    private static TopUpRefund refundIn(TopUpStatus status) {
        return new TopUpRefund(UUID.randomUUID(), UUID.randomUUID(), "amy", 4_000, status, null, null, null, NOW,
                status == TopUpStatus.PENDING ? null : NOW);
    }

    static Stream<Arguments> everyTopUpStateAndAction() {
        return TOP_UP.pairs();
    }

    static Stream<Arguments> everyRefundStateAndAction() {
        return TOP_UP_REFUND.pairs();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyTopUpStateAndAction")
    void everyActionOnATopUpDoesWhatTheTableSays(TopUpStatus status, TopUpAction action) {
        TOP_UP.assertPair(TopUpStatus.TOP_UP, status, action, topUpIn(status), TOP_UP_METHODS.get(action), TopUp::status,
                TOP_UP_VERBS.get(action));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyRefundStateAndAction")
    void everyActionOnATopUpRefundDoesWhatTheTableSays(TopUpStatus status, RefundAction action) {
        TOP_UP_REFUND.assertPair(TopUpStatus.TOP_UP_REFUND, status, action, refundIn(status), REFUND_METHODS.get(action),
                TopUpRefund::status, "settle");
    }

    @Test
    void aRefundTakesAtMostWhatIsLeftAndADeclinedOneCanBeTakenAgain() {
        TopUp topUp = topUpIn(TopUpStatus.SUCCEEDED);
        assertThat(topUp.refundable()).isEqualTo(6_000);
        TopUp all = topUp.refund(6_000);
        assertThat(all.refundable()).isZero();
        assertThatThrownBy(() -> topUp.refund(6_001)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("6000 KRW of this top-up");
        assertThat(all.refundDeclined(6_000).refundable()).isEqualTo(6_000);
    }
}
