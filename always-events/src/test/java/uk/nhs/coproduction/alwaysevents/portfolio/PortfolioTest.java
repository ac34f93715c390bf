package uk.nhs.coproduction.alwaysevents.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.report.MeasureSummary;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.report.ProjectSummary;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.ladder.LadderRung;

class PortfolioTest {

    private static final int[] STEADY = {10, 11, 10, 12, 11, 10, 11, 12, 10, 11, 12, 11};

    @Test
    void rowsAreSortedByAreaThenTitleAndCarryTheProjectFacts() {
        Portfolio portfolio = Portfolio.of(List.of(
                Projects.project("b", "Phones at night", "Ward 2", Phase.TEST, STEADY),
                Projects.project("a", "Welcome pack", "ward 1", Phase.CO_DESIGN),
                Projects.project("c", "Discharge letters", "Ward 2", Phase.SUSTAIN, STEADY)));

        assertThat(portfolio.rows()).extracting(r -> r.id().value()).containsExactly("a", "c", "b");
        PortfolioRow phones = portfolio.rows().get(2);
        assertThat(phones.title()).isEqualTo("Phones at night");
        assertThat(phones.area()).isEqualTo("Ward 2");
        assertThat(phones.phase()).isEqualTo(Phase.TEST);
        assertThat(phones.phaseName()).isEqualTo(WorkflowDefinition.standard().phase(Phase.TEST).name());
        assertThat(phones.progress()).isEmpty();
        assertThat(phones.rung()).isEmpty();
        assertThat(portfolio.areas()).containsExactly("ward 1", "Ward 2");
        assertThat(portfolio.phases()).containsExactlyInAnyOrder(Phase.CO_DESIGN, Phase.TEST, Phase.SUSTAIN);
    }

    @Test
    void theOutcomeMeasureShowsTheLatestPeriodAndTheSameIconsAsTheProjectSummary() {
        AlwaysEventProject project = Projects.project("b", "Phones", "Ward 2", Phase.TEST, STEADY);
        PortfolioMeasure outcome = Portfolio.of(List.of(project)).rows().get(0).outcome().orElseThrow();

        assertThat(outcome.name()).isEqualTo(PortfolioMeasure.RELIABILITY);
        assertThat(outcome.role()).isEqualTo(MeasureRole.OUTCOME);
        MeasureReading.Latest latest = (MeasureReading.Latest) outcome.reading();
        assertThat(latest.period()).isEqualTo("2017-10");
        assertThat(latest.value()).isEqualTo(55.0);
        assertThat(latest.valueText()).isEqualTo("55.0%");
        var chart = ProjectSummary.of(project, WorkflowDefinition.standard()).reliability().orElseThrow().chart();
        assertThat(latest.variationIcon()).isEqualTo(chart.variationIcon());
        assertThat(latest.assuranceIcon()).isEqualTo(chart.assuranceIcon());
    }

    @Test
    void aMeasureWithNothingToChartSaysWhy() {
        PortfolioRow row = Portfolio.of(List.of(Projects.project("a", "Welcome", "Ward 1", Phase.CO_DESIGN))).rows().get(0);

        assertThat(row.outcome().orElseThrow().reading()).isEqualTo(new MeasureReading.NotYetCharted("No aim stated yet"));
    }

    @Test
    void theLadderRungComesFromTheCaller() {
        Portfolio portfolio = Portfolio.of(List.of(Projects.project("a", "Welcome", "Ward 1", Phase.CO_DESIGN)),
                WorkflowDefinition.standard(), id -> id.equals(ProjectId.of("a")) ? Optional.of(LadderRung.CO_DESIGNING)
                        : Optional.empty());

        assertThat(portfolio.rows().get(0).rung()).contains(LadderRung.CO_DESIGNING);
    }

    @Test
    void aPortfolioOfSummariesEqualsThePortfolioOfTheirProjects() {
        List<AlwaysEventProject> projects = List.of(Projects.project("b", "Phones", "Ward 2", Phase.TEST, STEADY),
                Projects.project("a", "Welcome", "Ward 1", Phase.CO_DESIGN));
        List<ProjectSummary> summaries = new ArrayList<>();
        projects.forEach(p -> summaries.add(ProjectSummary.of(p, WorkflowDefinition.standard())));

        assertThat(Portfolio.ofSummaries(summaries).rows()).isEqualTo(Portfolio.of(projects).rows());
    }

    @Test
    void aProjectDrivenThroughTheApiShowsItsProgressScoreAndReliability() {
        Scenario s = Scenario.inMemory().implementing();
        PortfolioRow row = Portfolio.of(List.of(s.project())).rows().get(0);

        assertThat(row.phase()).isEqualTo(Phase.RELIABLY_IMPLEMENT);
        assertThat(row.area()).isEqualTo("Ward 1");
        assertThat(((MeasureReading.Latest) row.outcome().orElseThrow().reading()).value()).isEqualTo(70.0);
    }

    @Test
    void everyMeasureOfTheFamilyHasItsLatestReadingWithTheRoleTheMeasureGives() {
        AlwaysEventProject project = Scenario.inMemory().withMeasures().project();

        PortfolioRow row = Portfolio.of(List.of(project)).rows().get(0);

        assertThat(row.measures()).extracting(PortfolioMeasure::role)
                .containsExactly(MeasureRole.OUTCOME, MeasureRole.PROCESS, MeasureRole.BALANCING);
        assertThat(row.measures()).extracting(PortfolioMeasure::name).containsExactly(PortfolioMeasure.RELIABILITY,
                "Equipment ready at handover", "Calls to the night coordinator");
        MeasureReading.Latest process = (MeasureReading.Latest) row.measures().get(1).reading();
        assertThat(process.period()).isEqualTo("week-12");
        assertThat(process.value()).isEqualTo(100.0);
        assertThat(process.unit()).isEqualTo("%");
        List<MeasureSummary> family = MeasureSummary.family(project);
        assertThat(process.variationIcon()).isEqualTo(family.get(1).variationIcon()).isPresent();
        assertThat(process.assuranceIcon()).isEqualTo(family.get(1).assuranceIcon());
        MeasureReading.Latest balancing = (MeasureReading.Latest) row.measures().get(2).reading();
        assertThat(balancing.value()).isEqualTo(4.0);
        assertThat(balancing.unit()).isEmpty();
        assertThat(Portfolio.of(List.of(project)).toCsv().lines().skip(1))
                .extracting(line -> line.split(",")[9]).containsExactly("outcome", "process", "balancing");
    }

    @Test
    void filtersKeepTheAreasAndPhasesNamedIgnoringCase() {
        Portfolio portfolio = Portfolio.of(List.of(
                Projects.project("a", "A", "Ward 1", Phase.TEST),
                Projects.project("b", "B", "Ward 2", Phase.TEST),
                Projects.project("c", "C", "Ward 2", Phase.SUSTAIN)));

        assertThat(portfolio.filter(PortfolioFilter.all().withAreas(List.of(" ward 2 "))).rows())
                .extracting(r -> r.id().value()).containsExactly("b", "c");
        assertThat(portfolio.filter(PortfolioFilter.all().withAreas(List.of("Ward 2")).withPhases(List.of(Phase.TEST)))
                .rows()).extracting(r -> r.id().value()).containsExactly("b");
        assertThat(portfolio.filter(PortfolioFilter.all().withPhases(List.of(Phase.CO_DESIGN))).size()).isZero();
    }

    @Test
    void theToStringNamesNoTitleOrArea() {
        PortfolioRow row = Portfolio.of(List.of(Projects.project("a", "Secret title", "Secret ward", Phase.TEST))).rows()
                .get(0);

        assertThat(row.toString()).doesNotContain("Secret");
    }
}
