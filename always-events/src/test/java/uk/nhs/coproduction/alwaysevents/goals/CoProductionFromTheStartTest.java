package uk.nhs.coproduction.alwaysevents.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;

class CoProductionFromTheStartTest {

    private static final LocalDate JAN = LocalDate.of(2024, 1, 10);

    @Test
    void eachPeriodCountsTheProjectsStartedByItsEndAndThoseCoProducedByThen() {
        List<AlwaysEventProject> projects = List.of(
                GoalProjects.coProduced("a", JAN),
                GoalProjects.project("b", LocalDate.of(2024, 2, 5), Phase.CO_DESIGN, LocalDate.of(2024, 3, 1),
                        LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 2)),
                GoalProjects.project("c", LocalDate.of(2024, 3, 5), null, null, LocalDate.of(2024, 3, 6), null));

        CoProductionFromTheStart goal = CoProductionFromTheStart.of(projects, LocalDate.of(2024, 4, 1));

        assertThat(goal.periods()).extracting(PeriodCount::period).containsExactly("2024-01", "2024-02", "2024-03",
                "2024-04");
        // a's vision is agreed on 9 February, so it counts from February's end; b's patient joined late.
        assertThat(goal.periods()).extracting(PeriodCount::started).containsExactly(1, 2, 3, 3);
        assertThat(goal.periods()).extracting(PeriodCount::coProduced).containsExactly(0, 1, 1, 1);
        assertThat(goal.periods().get(3).percent()).isCloseTo(33.333, org.assertj.core.data.Offset.offset(0.001));
        assertThat(goal.projects()).extracting(p -> p.project().value()).containsExactly("a", "b", "c");
        assertThat(goal.projects().get(1).livedExperienceFromTheStart()).isEmpty();
        assertThat(goal.projects().get(1).firstSharedDecision()).contains(LocalDate.of(2024, 3, 2));
    }

    @Test
    void quartersAreLabelledAndEndOnTheQuartersLastDay() {
        CoProductionFromTheStart goal = CoProductionFromTheStart.of(List.of(GoalProjects.coProduced("a", JAN)),
                CoProductionDefinition.standard(), ReportingPeriod.QUARTER, LocalDate.of(2024, 7, 1));

        assertThat(goal.periods()).extracting(PeriodCount::period).containsExactly("2024-Q1", "2024-Q2", "2024-Q3");
        assertThat(goal.periods().get(0).end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(goal.periods()).extracting(PeriodCount::coProduced).containsExactly(1, 1, 1);
    }

    @Test
    void aVisionAgreedBeforeAnyoneWithLivedExperienceJoinedIsNotShared() {
        AlwaysEventProject project = GoalProjects.project("a", JAN, Phase.SET_UP_AND_OVERSIGHT,
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 1, 20), LocalDate.of(2024, 2, 1));

        ProjectCoProduction facts = ProjectCoProduction.of(project, CoProductionDefinition.standard());

        assertThat(facts.livedExperienceFromTheStart()).contains(LocalDate.of(2024, 3, 1));
        assertThat(facts.firstSharedDecision()).isEmpty();
        assertThat(facts.coProducedFromTheStartSince()).isEmpty();
    }

    @Test
    void anApprovalByLivedExperienceCountsOnlyWhileTheProjectIsInCoDesign() {
        CoProductionDefinition definition = CoProductionDefinition.standard();
        ProjectCoProduction during = ProjectCoProduction.of(GoalProjects.approvedByPatient("a", JAN,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 15)), definition);
        ProjectCoProduction after = ProjectCoProduction.of(GoalProjects.approvedByPatient("b", JAN,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2)), definition);

        assertThat(during.sharedDecision()).isEqualTo(SharedDecision.APPROVAL_BY_LIVED_EXPERIENCE_DURING_CO_DESIGN);
        assertThat(during.coProducedFromTheStartSince()).contains(LocalDate.of(2024, 2, 15));
        assertThat(after.firstSharedDecision()).isEmpty();
        ProjectCoProduction visionOnly = ProjectCoProduction.of(GoalProjects.approvedByPatient("c", JAN,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 15)),
                definition.withSharedDecisions(java.util.Set.of(SharedDecision.VISION_AGREED_WITH_LIVED_EXPERIENCE)));
        assertThat(visionOnly.firstSharedDecision()).isEmpty();
    }

    @Test
    void theDefinitionIsVersionedDataWithItsSourceAndChart() {
        CoProductionDefinition definition = CoProductionDefinition.standard();

        assertThat(definition.fromTheStartPhases()).containsExactly(Phase.SET_UP_AND_OVERSIGHT);
        assertThat(definition.sharedDecisions()).containsExactlyInAnyOrder(SharedDecision.values());
        assertThat(definition.chartType()).isEqualTo(ChartType.RUN);
        assertThat(definition.edition().sources()).isNotEmpty();
        assertThat(definition.operationalDefinition()).contains("first phase");
        assertThat(definition.whyThisChart()).contains("not independent");
    }

    @Test
    void theChartIsARunChartOfThePercentages() {
        List<AlwaysEventProject> projects = List.of(GoalProjects.coProduced("a", JAN),
                GoalProjects.project("b", JAN, null, null, JAN.plusDays(5), null));

        ChartAnalysis chart = CoProductionFromTheStart.of(projects, LocalDate.of(2024, 12, 1)).chart().orElseThrow();

        assertThat(chart.chartType()).isEqualTo(ChartType.RUN);
        assertThat(chart.size()).isEqualTo(12);
        assertThat(chart.point(0).value().getAsDouble()).isZero();
        assertThat(chart.point(11).value().getAsDouble()).isEqualTo(50.0);
    }

    @Test
    void withoutProjectsThereAreNoPeriodsAndNoChart() {
        CoProductionFromTheStart goal = CoProductionFromTheStart.of(List.of(), JAN);

        assertThat(goal.periods()).isEmpty();
        assertThat(goal.chart().isAccepted()).isFalse();
    }

    @Test
    void projectsStartedAfterTheLastPeriodAreLeftOut() {
        CoProductionFromTheStart goal = CoProductionFromTheStart.of(
                List.of(GoalProjects.coProduced("a", JAN), GoalProjects.coProduced("b", LocalDate.of(2024, 6, 1))),
                LocalDate.of(2024, 2, 1));

        assertThat(goal.projects()).hasSize(1);
        assertThat(goal.periods()).extracting(PeriodCount::started).containsExactly(1, 1);
    }
}
