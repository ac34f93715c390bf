package uk.nhs.coproduction.model.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LadderRungTest {

    @Test
    void sevenRungsFromCoercionToCoProducingGroupedToForAndWith() {
        assertThat(LadderRung.values()).hasSize(7);
        assertThat(EnumSet.allOf(LadderRung.class)).filteredOn(r -> r.grouping() == Grouping.DOING_TO)
                .containsExactly(LadderRung.COERCION, LadderRung.EDUCATING);
        assertThat(EnumSet.allOf(LadderRung.class)).filteredOn(r -> r.grouping() == Grouping.DOING_FOR)
                .containsExactly(LadderRung.INFORMING, LadderRung.CONSULTING, LadderRung.ENGAGING);
        assertThat(EnumSet.allOf(LadderRung.class)).filteredOn(r -> r.grouping() == Grouping.DOING_WITH)
                .containsExactly(LadderRung.CO_DESIGNING, LadderRung.CO_PRODUCING);
    }

    @Test
    void rungsAreOrderedBottomToTop() {
        assertThat(LadderRung.COERCION.position()).isEqualTo(1);
        assertThat(LadderRung.CO_PRODUCING.position()).isEqualTo(7);
        assertThat(LadderRung.CO_DESIGNING.isAbove(LadderRung.ENGAGING)).isTrue();
        assertThat(LadderRung.ENGAGING.isAbove(LadderRung.ENGAGING)).isFalse();
        assertThat(LadderRung.higherOf(LadderRung.INFORMING, LadderRung.CONSULTING)).isEqualTo(LadderRung.CONSULTING);
    }
}
