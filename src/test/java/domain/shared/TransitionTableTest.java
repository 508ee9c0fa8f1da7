package domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransitionTableTest {
    enum Light { OFF, ON, BROKEN }

    enum Switch { FLIP, KICK }

    private static final TransitionTable<Light, Switch> LAMP = TransitionTable.<Light, Switch>of("lamp", s -> s.name().toLowerCase())
            .on(Light.OFF, Switch.FLIP, Light.ON)
            .on(Light.ON, Switch.FLIP, Light.OFF)
            .on(Light.ON, Switch.KICK, Light.OFF, Light.BROKEN);

    @Test
    void aListedPairLeadsWhereItSaysAndAnyOtherIsAConflict() {
        assertThat(LAMP.next(Light.OFF, Switch.FLIP)).isEqualTo(Light.ON);
        assertThat(LAMP.allows(Light.OFF, Switch.KICK)).isFalse();
        assertThat(LAMP.outcomes(Light.BROKEN, Switch.FLIP)).isEmpty();
        assertThatThrownBy(() -> LAMP.next(Light.BROKEN, Switch.FLIP)).isInstanceOf(StateConflictException.class)
                .hasMessage("cannot flip a lamp that is BROKEN");
        assertThatThrownBy(() -> LAMP.next(Light.OFF, Switch.KICK, Light.BROKEN)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aPairWithSeveralOutcomesNeedsTheRulesChoiceAndOnlyAListedOne() {
        assertThat(LAMP.outcomes(Light.ON, Switch.KICK)).containsExactly(Light.OFF, Light.BROKEN);
        assertThat(LAMP.next(Light.ON, Switch.KICK, Light.BROKEN)).isEqualTo(Light.BROKEN);
        assertThatThrownBy(() -> LAMP.next(Light.ON, Switch.KICK)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> LAMP.next(Light.ON, Switch.KICK, Light.ON)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPairIsListedOnceAndAddingMakesANewTable() {
        assertThatThrownBy(() -> LAMP.on(Light.OFF, Switch.FLIP, Light.BROKEN)).isInstanceOf(IllegalArgumentException.class);
        TransitionTable<Light, Switch> sturdier = LAMP.on(Light.BROKEN, Switch.KICK, Light.ON);
        assertThat(sturdier.allows(Light.BROKEN, Switch.KICK)).isTrue();
        assertThat(LAMP.allows(Light.BROKEN, Switch.KICK)).isFalse();
    }
}
