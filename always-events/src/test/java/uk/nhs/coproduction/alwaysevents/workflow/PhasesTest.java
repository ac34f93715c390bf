package uk.nhs.coproduction.alwaysevents.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.PhaseChange;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;

/** Every phase of the standard workflow is reached, and every transition is taken, through the public API. */
class PhasesTest {

    private static final WorkflowDefinition STANDARD = WorkflowDefinition.standard();

    @Test
    void aNewProjectIsInSetUpAndOversight() {
        AlwaysEventProject project = Scenario.inMemory().started().project();

        assertThat(project.phase()).isEqualTo(Phase.SET_UP_AND_OVERSIGHT);
        assertThat(STANDARD.availableTransitions(project)).extracting(o -> o.transition().id())
                .containsExactly("understand-what-matters");
    }

    @Test
    void setUpLeadsToUnderstandingWhatMatters() {
        assertThat(Scenario.inMemory().understanding().project().phase()).isEqualTo(Phase.UNDERSTAND_WHAT_MATTERS);
    }

    @Test
    void understandingLeadsToCoDesign() {
        assertThat(Scenario.inMemory().coDesigning().project().phase()).isEqualTo(Phase.CO_DESIGN);
    }

    @Test
    void coDesignCanGoBackToUnderstandingWhatMatters() {
        Scenario s = Scenario.inMemory().coDesigning().take("revisit-what-matters");

        assertThat(s.project().phase()).isEqualTo(Phase.UNDERSTAND_WHAT_MATTERS);
    }

    @Test
    void coDesignLeadsToTesting() {
        assertThat(Scenario.inMemory().testing().project().phase()).isEqualTo(Phase.TEST);
    }

    @Test
    void testingLeadsToReliableImplementationAndBack() {
        Scenario s = Scenario.inMemory().implementing();
        assertThat(s.project().phase()).isEqualTo(Phase.RELIABLY_IMPLEMENT);

        s.take("return-to-testing");

        assertThat(s.project().phase()).isEqualTo(Phase.TEST);
    }

    @Test
    void reliableImplementationLeadsToScaleUpAndSpread() {
        assertThat(Scenario.inMemory().spreading().project().phase()).isEqualTo(Phase.SPREAD_AND_SCALE_UP);
    }

    @Test
    void scaleUpAndSpreadLeadsToSustainAndSustainCanGoBack() {
        Scenario s = Scenario.inMemory().sustaining();
        assertThat(s.project().phase()).isEqualTo(Phase.SUSTAIN);

        s.take("restore-reliability");

        assertThat(s.project().phase()).isEqualTo(Phase.RELIABLY_IMPLEMENT);
    }

    @Test
    void reliableImplementationCanBeSustainedWithoutSpreading() {
        Scenario s = Scenario.inMemory().implementing().measure(6, 20, 20).take("sustain-without-spread");

        assertThat(s.project().phase()).isEqualTo(Phase.SUSTAIN);
    }

    @Test
    void thePhaseHistoryKeepsEveryStepInOrder() {
        List<PhaseChange> history = Scenario.inMemory().sustaining().project().phaseHistory();

        assertThat(history).extracting(PhaseChange::transitionId).containsExactly("understand-what-matters", "co-design", "test",
                "reliably-implement", "spread-and-scale-up", "sustain");
        assertThat(history).extracting(PhaseChange::atVersion).isSorted();
    }

    @Test
    void everyTransitionOfTheStandardDefinitionIsTakenByTheseTests() {
        assertThat(STANDARD.transitions()).extracting(Transition::id).containsExactlyInAnyOrder("understand-what-matters",
                "co-design", "revisit-what-matters", "test", "reliably-implement", "return-to-testing", "spread-and-scale-up",
                "sustain-without-spread", "sustain", "restore-reliability");
    }

    @Test
    void everyPhaseHasWordingFromTheDefinition() {
        for (Phase phase : Phase.values()) {
            assertThat(STANDARD.phase(phase).name()).isNotBlank();
            assertThat(STANDARD.phase(phase).description()).isNotBlank();
        }
        assertThat(STANDARD.phase(Phase.UNDERSTAND_WHAT_MATTERS).name()).isEqualTo("Understanding what matters");
    }
}
