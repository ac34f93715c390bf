package uk.nhs.coproduction.app.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.measurement.Sustainment;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.PhaseChange;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.report.ProjectSummary;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.app.CommandLineRun;

/**
 * The Humber NHS Foundation Trust Always Event ("We will always be able to contact people who are
 * important to us 24hrs a day"), run from set-up to spread and sustain through the public API,
 * with the refusals on the way.
 */
class HumberAlwaysEventTest {

    @TempDir
    Path folder;

    private static List<Reason> reasonsOf(CommandOutcome outcome) {
        assertThat(outcome).isInstanceOf(CommandOutcome.Refused.class);
        return ((CommandOutcome.Refused) outcome).reasons();
    }

    @Test
    void theHumberAlwaysEventRunsFromSetUpToSpreadAndSustain() {
        InMemoryEventStore store = new InMemoryEventStore();

        List<HumberAlwaysEvent.Result> results = HumberAlwaysEvent.run(store, r -> { });

        assertThat(results).allSatisfy(r -> assertThat(r.outcome().isRecorded()).as(r.step().title())
                .isEqualTo(!r.step().expectRefusal()));
        List<List<String>> refusals = results.stream().filter(r -> r.step().expectRefusal())
                .map(r -> reasonsOf(r.outcome()).stream().map(Reason::code).toList()).toList();
        assertThat(refusals).containsExactly(
                List.of("NO_EXECUTIVE_SPONSOR", "NO_FRONT_LINE_STAFF_MEMBER", "NO_LIVED_EXPERIENCE_MEMBER"),
                List.of("NO_LIVED_EXPERIENCE_MEMBER"),
                List.of("CRITERION_NOT_ASSESSED", "CRITERION_NOT_ASSESSED", "CRITERION_NOT_ASSESSED", "CRITERION_NOT_ASSESSED",
                        "NO_AIM_STATEMENT", "NO_VISION_STATEMENT"),
                List.of("TOO_FEW_MEASUREMENTS"),
                List.of("RELIABILITY_NOT_SUSTAINED"));

        AlwaysEventProject project = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), Clock.systemUTC())
                .project(HumberAlwaysEvent.PROJECT).orElseThrow();
        assertThat(project.phaseHistory()).extracting(PhaseChange::to).containsExactly(Phase.UNDERSTAND_WHAT_MATTERS,
                Phase.CO_DESIGN, Phase.TEST, Phase.RELIABLY_IMPLEMENT, Phase.SPREAD_AND_SCALE_UP, Phase.SUSTAIN);
        assertThat(project.vision().text()).isEqualTo("We will always be able to contact people who are important to us 24hrs a day");
        assertThat(project.aim().percent()).isEqualTo(95);
        assertThat(project.reliability()).hasValueSatisfying(r -> assertThat(r.sustainment())
                .isInstanceOf(Sustainment.Sustained.class));
        assertThat(project.pdsaCycles()).hasSize(3);
        assertThat(project.spreadSites()).hasSize(2);
        assertThat(project.impactEntry(1)).hasValueSatisfying(e -> assertThat(e.isSignedOffBy(HumberAlwaysEvent.SERVICE_USER_1))
                .isTrue());
        assertThat(project.progressScore()).hasValueSatisfying(c -> assertThat(c.score().value()).isEqualTo(4.5));
        List<RecordedEvent> log = store.read(HumberAlwaysEvent.PROJECT).events();
        assertThat(AlwaysEventProject.replay(log)).contains(project);
        assertThat(log).allSatisfy(e -> assertThat(e.definition()).isEqualTo(WorkflowDefinition.standard().version()));

        ProjectSummary summary = ProjectSummary.of(project, WorkflowDefinition.standard());
        assertThat(summary.pdsaMarkers()).hasSize(3);
        assertThat(summary.chartSvg()).hasValueSatisfying(svg -> assertThat(svg).contains("PDSA 1 (C1): adopted"));
    }

    @Test
    void theDemoPrintsEveryStepAndRefusalAndWritesTheChart() throws IOException {
        Path chart = folder.resolve("chart.svg");

        CommandLineRun demo = CommandLineRun.of("always-events", "demo", "--chart", chart.toString());

        assertThat(demo.status()).isZero();
        assertThat(demo.out()).contains("2016-10-04  Try to start understanding what matters straight away: refused, as expected",
                "NO_EXECUTIVE_SPONSOR: No executive sponsor has been appointed.",
                "2017-10-09  Try to spread before reliability is sustained: refused, as expected",
                "RELIABILITY_NOT_SUSTAINED", "PDSA cycles:\n  1. tested C1", "Phase: Sustain",
                "Run chart with 3 PDSA markers written to " + chart);
        assertThat(Files.readString(chart)).startsWith("<svg").contains("PDSA 3 (C2): adopted");
    }

    @Test
    void theDemoCanKeepItsProjectForTheOtherCommands() {
        Path data = folder.resolve("data");
        CommandLineRun demo = CommandLineRun.of("always-events", "demo", "--data", data.toString(), "--chart", folder.resolve("c.svg").toString());
        assertThat(demo.status()).isZero();

        CommandLineRun status = new Cli(data).run("status", "humber-contact");
        CommandLineRun again = CommandLineRun.of("always-events", "demo", "--data", data.toString(), "--chart", folder.resolve("c.svg").toString());

        assertThat(status.out()).contains("Phase: Sustain", "Version: 78");
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("--data", "already holds the project humber-contact");
        try (FileEventStore store = FileEventStore.open(data)) {
            assertThat(store.read(HumberAlwaysEvent.PROJECT).events()).hasSize(78);
        }
    }
}
