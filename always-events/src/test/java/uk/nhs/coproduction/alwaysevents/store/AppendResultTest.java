package uk.nhs.coproduction.alwaysevents.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An append's result shares orElseThrow with every result type (see docs/results.md). */
class AppendResultTest {

    @Test
    void orElseThrowOfAnAppendGivesTheNewVersion() {
        AppendResult appended = new AppendResult.Appended(7);

        assertThat(appended.isAppended()).isTrue();
        assertThat(appended.orElseThrow()).isEqualTo(7);
    }

    @Test
    void orElseThrowOfAConflictNamesBothVersions() {
        AppendResult conflict = new AppendResult.Conflict(0, 1);

        assertThat(conflict.isAppended()).isFalse();
        assertThatThrownBy(conflict::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The append was decided on version 0 but the project is at version 1.");
    }
}
