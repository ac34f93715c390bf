package uk.nhs.coproduction.alwaysevents.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;

class ProgressScaleTest {

    private static final ProgressScale SCALE = ProgressScale.standard();

    @Test
    void theScaleRunsFromHalfToFiveInHalves() {
        assertThat(SCALE.levels()).hasSize(10);
        assertThat(SCALE.levels()).extracting(l -> l.score().toString()).containsExactly("0.5", "1.0", "1.5", "2.0", "2.5",
                "3.0", "3.5", "4.0", "4.5", "5.0");
        assertThat(SCALE.level(ProgressScore.of(3)).label()).isEqualTo("Modest improvement");
        assertThat(SCALE.edition().confidence().note()).isNotBlank();
    }

    @Test
    void scoresOffTheScaleAreRefused() {
        assertThatThrownBy(() -> ProgressScore.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProgressScore.of(2.3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProgressScore.parse("five")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ProgressScore.parse(" 4.5 ")).isEqualTo(ProgressScore.of(4.5));
    }

    @Test
    void theSuggestionRisesWithTheFacts() {
        assertThat(suggested(Scenario.inMemory().started().project())).isEqualTo(0.5);
        assertThat(suggested(Scenario.inMemory().setUp().project())).isEqualTo(1.0);
        assertThat(suggested(Scenario.inMemory().understanding().heard().project())).isEqualTo(1.5);
        assertThat(suggested(Scenario.inMemory().coDesigning().agreed().project())).isEqualTo(2.0);
        assertThat(suggested(Scenario.inMemory().implementing().project())).isEqualTo(2.5);
        assertThat(suggested(Scenario.inMemory().implementing().measure(3, 20, 20).project())).isEqualTo(4.0);
        assertThat(suggested(Scenario.inMemory().spreading().project())).isEqualTo(4.5);
        assertThat(suggested(Scenario.inMemory().spreading().siteReporting("ward-2").measure(3, 20, 20).project())).isEqualTo(4.5);
    }

    @Test
    void aSuggestionSaysWhy() {
        ProgressSuggestion suggestion = Scenario.inMemory().spreading().project().suggestProgress(SCALE);

        assertThat(suggestion.because()).first().isEqualTo("The project has started.");
        assertThat(suggestion.because()).last().asString().startsWith("Reliability is sustained at the aim");
    }

    private static double suggested(AlwaysEventProject project) {
        return project.suggestProgress(SCALE).level().score().value();
    }
}
