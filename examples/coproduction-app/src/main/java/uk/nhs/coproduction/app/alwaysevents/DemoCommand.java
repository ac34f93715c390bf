package uk.nhs.coproduction.app.alwaysevents;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.report.ProjectSummary;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.EventStoreException;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/**
 * {@code always-events demo}: runs the Humber Always Event through every phase with simulated
 * monthly measurements, printing each step and each refusal with its reasons, then the PDSA
 * cycles and the project summary, and writes the run chart.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs Humber NHS Foundation Trust's Always Event, \"We will always be able to contact people who are "
                + "important to us 24hrs a day\", from set-up to spread and sustain, with simulated monthly measurements.",
                "Prints every step, every step refused (some are tried too early on purpose) with its reasons, the PDSA "
                        + "cycles and the summary, and writes the run chart with PDSA markers as SVG."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every step went as the demonstration expects", "1:a step did not",
            "2:--data already holds the demonstration project", "3:the data directory could not be used"},
        footer = {"", AlwaysEvents.TRADEMARK_NOTICE})
final class DemoCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--chart", paramLabel = "FILE.svg", defaultValue = "humber-run-chart.svg",
            description = "Where to write the run chart. Default: ${DEFAULT-VALUE}.")
    Path chart = Path.of("humber-run-chart.svg");

    @Option(names = "--data", paramLabel = "DIR",
            description = "Keep the demonstration project (humber-contact) in this data directory, to explore it with the "
                    + "other commands afterwards. Default: in memory only.")
    @Nullable Path data;

    @Override
    public Integer call() throws IOException {
        CommandSpec command = Objects.requireNonNull(spec);
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        try (FileEventStore file = data == null ? null : FileEventStore.open(data)) {
            EventStore store = file != null ? file : new InMemoryEventStore();
            if (store.version(HumberAlwaysEvent.PROJECT) > 0) {
                err.println("always-events demo: --data: " + data + " already holds the project " + HumberAlwaysEvent.PROJECT
                        + "; use another directory");
                return ProjectAction.BAD_INPUT;
            }
            return demonstrate(store, out);
        } catch (EventStoreException e) {
            err.println("always-events demo: " + DataDirectoryInUse.forCommandLine(e));
            return ProjectAction.STORE_FAILED;
        }
    }

    private int demonstrate(EventStore store, PrintWriter out) throws IOException {
        out.println("Always Events demonstration: Humber NHS Foundation Trust, assessment and treatment unit.");
        out.println("Vision and aim from NHS England's published examples; team, dates, PDSA cycles and measurements simulated.");
        out.println();
        boolean asExpected = true;
        for (HumberAlwaysEvent.Result result : HumberAlwaysEvent.run(store, r -> print(r, out))) {
            asExpected &= result.asExpected();
        }
        AlwaysEventProjects projects = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), Clock.systemUTC());
        AlwaysEventProject project = projects.project(HumberAlwaysEvent.PROJECT).orElseThrow();
        out.println();
        out.println("PDSA cycles:");
        for (PdsaCycle cycle : project.pdsaCycles()) {
            out.println("  " + cycle.number() + ". tested " + cycle.changeIdeaId() + " ("
                    + project.driverDiagram().changeIdea(cycle.changeIdeaId()).map(i -> i.text()).orElse("") + "), planned "
                    + cycle.plan().plannedOn() + ", prediction " + (cycle.study() != null && cycle.study().predictionConfirmed()
                    ? "held" : "did not hold") + ", " + (cycle.act() == null ? "not yet acted on"
                    : Converters.code(cycle.act().decision())));
        }
        out.println();
        ProjectSummary summary = ProjectSummary.of(project, projects.definition());
        out.print(summary.text());
        String svg = summary.chartSvg().orElseThrow();
        Files.writeString(chart, svg, StandardCharsets.UTF_8);
        out.println("Run chart with " + summary.pdsaMarkers().size() + " PDSA markers written to " + chart);
        if (!asExpected) {
            out.println("A step did not go as the demonstration expects.");
        }
        out.flush();
        return asExpected ? 0 : ProjectAction.REFUSED;
    }

    private static void print(HumberAlwaysEvent.Result result, PrintWriter out) {
        String date = result.step().date().toString();
        CommandOutcome outcome = result.outcome();
        if (outcome instanceof CommandOutcome.Recorded recorded) {
            for (RecordedEvent event : recorded.events()) {
                out.println(date + "  " + result.step().title() + ": " + Printing.describe(event.event()) + " (v"
                        + event.version() + ")");
            }
            return;
        }
        out.println(date + "  " + result.step().title() + ": refused" + (result.step().expectRefusal() ? ", as expected" : ""));
        if (outcome instanceof CommandOutcome.Refused refused) {
            Printing.reasons(out, refused.reasons(), "              ");
        } else if (outcome instanceof CommandOutcome.Failed failed) {
            Printing.failures(out, failed.failures(), "              ");
            Printing.reasons(out, failed.reasons(), "              ");
        }
        if (outcome instanceof CommandOutcome.Invalid invalid) {
            invalid.violations().forEach(v -> out.println("              " + v));
        }
    }
}
