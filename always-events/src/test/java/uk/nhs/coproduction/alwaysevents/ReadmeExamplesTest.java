package uk.nhs.coproduction.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.measurement.Baseline;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartSpec;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.Reliability;
import uk.nhs.coproduction.alwaysevents.measurement.ReliabilityAim;
import uk.nhs.coproduction.alwaysevents.measurement.RuleSet;
import uk.nhs.coproduction.alwaysevents.measurement.Series;
import uk.nhs.coproduction.alwaysevents.measurement.Sustainment;
import uk.nhs.coproduction.alwaysevents.measurement.svg.ChartAnnotation;
import uk.nhs.coproduction.alwaysevents.measurement.svg.SvgChart;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.testing.sources.ReadmeSnippets;

/**
 * The README's "Measuring reliability" and "Always Events workflow" examples, exactly as printed
 * there with their imports, compile against the public API and do what the README says.
 */
class ReadmeExamplesTest {

    private static final Path SOURCE = Path.of("src", "test", "java", "uk", "nhs", "coproduction", "alwaysevents",
            "ReadmeExamplesTest.java");
    /** The folder the README's workflow example keeps its projects in, relative to the module. */
    private static final Path DATA = Path.of("data");

    @BeforeEach
    @AfterEach
    void removeTheExamplesData() throws IOException {
        if (Files.exists(DATA)) {
            try (Stream<Path> files = Files.walk(DATA)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void theMeasurementExampleIsThisTest() throws IOException {
        ReadmeSnippets.assertShownIn("Series counts = Series.counts()", SOURCE);
    }

    @Test
    void theWorkflowExampleIsThisTest() throws IOException {
        ReadmeSnippets.assertShownIn("try (FileEventStore store = FileEventStore.open(Path.of(\"data\")))", SOURCE);
    }

    @Test
    void theMeasurementExample() {
        Series counts = Series.counts()
                .add("2024-01", 41, 44)      // for 41 of 44 eligible patients the event happened
                .addMissing("2024-02")       // no data: kept as a gap, never dropped or bridged
                .add("2024-03", 43, 45)
                .build().orElseThrow();      // or handle Outcome.Refused: each Problem names the point

        ChartAnalysis chart = ChartSpec.of(ChartType.RUN, RuleSet.ihi())
                .withBaseline(Baseline.whole().withFreeze(3))   // points 1 to 3 set the median for later points
                .withTarget(0.95)
                .analyse(counts).orElseThrow();

        Reliability reliability = Reliability.assess(counts, ReliabilityAim.ofPercent(95)).orElseThrow();
        reliability.sustainment();  // Sustained, NotSustained or InsufficientData, each with explanation()
        String svg = SvgChart.of(reliability.chart()).withAnnotations(
                List.of(new ChartAnnotation("2024-03", "PDSA 1: teach-back"))).render();

        assertThat(chart.points()).hasSize(3);
        assertThat(reliability.sustainment()).isInstanceOf(Sustainment.InsufficientData.class);
        assertThat(reliability.sustainment().explanation()).contains("6");
        assertThat(svg).startsWith("<svg").contains("PDSA 1: teach-back");
    }

    @Test
    void theWorkflowExample() {
        PrintStream standardOut = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            theWorkflowExampleAsPrinted();
        } finally {
            System.setOut(standardOut);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("NO_EXECUTIVE_SPONSOR: ")
                .contains("NO_FRONT_LINE_STAFF_MEMBER: ");
        try (FileEventStore store = FileEventStore.open(DATA)) {
            AlwaysEventProjects projects = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), Clock.systemUTC());
            ProjectId id = ProjectId.of("humber-contact");

            assertThat(store.version(id)).as("started; the refused step recorded nothing").isEqualTo(1);
            assertThat(projects.definition().availableTransitions(projects.project(id).orElseThrow()))
                    .extracting(option -> option.transition().id()).containsExactly("understand-what-matters");
            assertThat(projects.summary(id).orElseThrow().chartSvg()).isEmpty();
        }
    }

    private static void theWorkflowExampleAsPrinted() {
        try (FileEventStore store = FileEventStore.open(Path.of("data"))) {   // owns the folder until closed
            AlwaysEventProjects projects = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), Clock.systemUTC());
            ProjectId id = ProjectId.of("humber-contact");
            Actor lead = Actor.of("qi-lead-1");                  // pseudonymous ids, never names

            projects.handle(id, 0, lead, new StartProjectCommand("Humber NHS Foundation Trust",
                    "Contact with people who are important to us", "Assessment and treatment unit", LocalDate.of(2016, 10, 3)));
            CommandOutcome outcome = projects.handle(id, 1, lead,           // 1: the version the command was decided on
                    new TakeTransitionCommand("understand-what-matters", LocalDate.of(2016, 10, 4)));

            if (outcome instanceof CommandOutcome.Refused refused) {
                for (Reason reason : refused.reasons()) {      // NO_EXECUTIVE_SPONSOR, NO_FRONT_LINE_STAFF_MEMBER, ...
                    System.out.println(reason.code() + ": " + reason.message() + " " + reason.facts());
                }
            }
            projects.definition().availableTransitions(projects.project(id).orElseThrow());   // every next step, with its verdict
            projects.summary(id).orElseThrow().chartSvg();      // the run chart: empty until there is an aim and a measurement
        }
    }
}
