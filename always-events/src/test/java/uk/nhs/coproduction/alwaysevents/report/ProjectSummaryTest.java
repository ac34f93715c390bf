package uk.nhs.coproduction.alwaysevents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.command.PlanPdsaCycleCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaActCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaDoCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaStudyCommand;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.Sustainment;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

class ProjectSummaryTest {

    @Test
    void aNewProjectSaysWhatBlocksTheFirstStepAndWhy() {
        ProjectSummary summary = Scenario.inMemory().started().projects.summary(
                uk.nhs.coproduction.alwaysevents.project.ProjectId.of("test-project")).orElseThrow();

        assertThat(summary.phase().phase()).isEqualTo(Phase.SET_UP_AND_OVERSIGHT);
        assertThat(summary.blockers()).extracting(r -> r.code()).containsExactly("NO_EXECUTIVE_SPONSOR",
                "NO_FRONT_LINE_STAFF_MEMBER", "NO_LIVED_EXPERIENCE_MEMBER");
        assertThat(summary.reliability()).isEmpty();
        assertThat(summary.chartSvg()).isEmpty();
        assertThat(summary.text()).contains("Phase: Set-up and oversight", "Start understanding what matters "
                + "[understand-what-matters]: blocked", "- NO_EXECUTIVE_SPONSOR: No executive sponsor has been appointed.",
                "Progress score: not set", AlwaysEvents.TRADEMARK_NOTICE);
    }

    @Test
    void theRunChartCarriesTheAimAndAMarkerForEachPdsaCycle() {
        Scenario s = Scenario.inMemory().testing().measure(3, 10, 20);
        s.ok(new PlanPdsaCycleCommand("C1", "o", "p", "a", "d", s.day(), "2017-01"));
        s.ok(new RecordPdsaDoCommand(1, "observed", s.day()));
        s.ok(new RecordPdsaStudyCommand(1, "learnt", false, s.day()));
        s.ok(new RecordPdsaActCommand(1, ActDecision.ADAPT, "retest", s.day()));
        s.ok(new PlanPdsaCycleCommand("C1", "o", "p", "a", "d", LocalDate.of(2016, 12, 5), null));
        s.measure(3, 19, 20);

        ProjectSummary summary = ProjectSummary.of(s.project(), WorkflowDefinition.standard());

        assertThat(summary.pdsaMarkers()).containsExactly(new PdsaMarker(1, "2017-01", "PDSA 1 (C1): adapted"),
                new PdsaMarker(2, "2016-12", "PDSA 2 (C1): planned"));
        String svg = summary.chartSvg().orElseThrow();
        assertThat(svg).startsWith("<svg").contains("PDSA 1 (C1): adapted", "PDSA 2 (C1): planned", "aim 95%");
        assertThat(summary.reliability()).hasValueSatisfying(r -> assertThat(r.sustainment())
                .isInstanceOf(Sustainment.NotSustained.class));
        assertThat(summary.text()).contains("Reliability: In 2017-04 the event happened for 19 of 20 people (95%)",
                "PDSA cycles on the run chart: 2017-01 PDSA 1 (C1): adapted; 2016-12 PDSA 2 (C1): planned",
                "Start reliable implementation [reliably-implement]: ready");
    }

    @Test
    void theSummaryNamesNoPartner() {
        String text = ProjectSummary.of(Scenario.inMemory().coDesigning().project(), WorkflowDefinition.standard()).text();

        assertThat(text).contains("Co-design team: 4 members, 2 with lived experience").doesNotContain(Scenario.PATIENT.value());
    }

    @Test
    void theSummaryListsEveryMeasureWithItsRoleLatestValueAndIcons() {
        AlwaysEventProject project = Scenario.inMemory().withMeasures().project();

        ProjectSummary summary = ProjectSummary.of(project, WorkflowDefinition.standard());

        assertThat(summary.measures()).extracting(MeasureSummary::id)
                .containsExactly("reliability", "equipment-ready", "night-calls");
        MeasureSummary process = summary.measures().get(1);
        assertThat(process.chart().orElseThrow().chartType()).isEqualTo(ChartType.P);
        assertThat(process.chart().orElseThrow().points())
                .isEqualTo(project.measure("equipment-ready").orElseThrow().chart().orElseThrow().points());
        assertThat(process.latestText()).contains("100.0%");
        assertThat(summary.text()).contains("Measures:\n  outcome reliability (Reliability of the Always Event): ")
                .contains("  process equipment-ready (Equipment ready at handover): 100.0% in week-12, variation ")
                .contains("  balancing night-calls (Calls to the night coordinator): 4.0 in week-12, variation ");
        assertThat(process.chartSvg().orElseThrow()).startsWith("<svg").contains("Equipment ready at handover (P chart)");
        assertThat(MeasureSummary.of(new uk.nhs.coproduction.alwaysevents.project.Measure(
                project.measure("night-calls").orElseThrow().definition(), List.of())).notCharted()).contains("No values yet");
    }
}
