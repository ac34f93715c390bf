package uk.nhs.coproduction.app.alwaysevents;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.portfolio.MeasureReading;
import uk.nhs.coproduction.alwaysevents.portfolio.Portfolio;
import uk.nhs.coproduction.alwaysevents.portfolio.PortfolioFilter;
import uk.nhs.coproduction.alwaysevents.portfolio.PortfolioMeasure;
import uk.nhs.coproduction.alwaysevents.portfolio.PortfolioRow;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.report.ProjectSummary;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.History;
import uk.nhs.coproduction.alwaysevents.workflow.PhaseDefinition;
import uk.nhs.coproduction.alwaysevents.workflow.Transition;
import uk.nhs.coproduction.alwaysevents.workflow.TransitionOption;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/** Commands that read projects and the workflow, changing nothing: status, transitions, history, list, workflow. */
final class ReadingCommands {

    private ReadingCommands() {
    }

    /** A command that reads one project from the data directory. */
    abstract static class ProjectReading implements Callable<Integer> {
        @Spec
        @Nullable CommandSpec spec;

        @Mixin
        Workspace workspace = new Workspace();

        @Parameters(index = "0", paramLabel = "PROJECT", converter = Converters.Project.class, description = "The project's id.")
        @Nullable ProjectId project;

        abstract void print(AlwaysEventProjects projects, AlwaysEventProject found, History history, PrintWriter out)
                throws IOException;

        @Override
        public Integer call() {
            CommandSpec command = Objects.requireNonNull(spec);
            ProjectId id = Objects.requireNonNull(project);
            return workspace.run(command, id, (store, projects) -> {
                Optional<AlwaysEventProject> found = projects.project(id);
                if (found.isEmpty()) {
                    command.commandLine().getErr().println("always-events " + command.name() + ": PROJECT: there is no project "
                            + id + " in " + store.directory() + (store.projects().isEmpty() ? "" : "; projects: "
                            + store.projects()));
                    return ProjectAction.BAD_INPUT;
                }
                print(projects, found.get(), store.read(id), command.commandLine().getOut());
                return 0;
            });
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Shows a project's summary: phase, progress score, what blocks each next step and why, and "
                    + "reliability against the aim.", "With --chart, writes the run chart (with PDSA cycle markers) as SVG."})
    static final class Status extends ProjectReading {
        @Option(names = "--chart", paramLabel = "FILE.svg", description = "Write the run chart to this file.")
        @Nullable Path chart;

        @Override
        void print(AlwaysEventProjects projects, AlwaysEventProject found, History history, PrintWriter out) throws IOException {
            ProjectSummary summary = ProjectSummary.of(found, projects.definition());
            out.print(summary.text());
            out.println("Version: " + found.version() + " (give --expected-version " + found.version()
                    + " to refuse a change made meanwhile)");
            if (chart != null) {
                Optional<String> svg = summary.chartSvg();
                if (svg.isEmpty()) {
                    out.println("No run chart yet: it needs an aim statement and at least one measurement.");
                } else {
                    Files.writeString(chart, svg.get(), StandardCharsets.UTF_8);
                    out.println("Run chart written to " + chart);
                }
            }
        }
    }

    @Command(name = "transitions", mixinStandardHelpOptions = true,
            description = "Lists every step from the project's current phase, each ready or with every reason it is blocked.")
    static final class Transitions extends ProjectReading {
        @Override
        void print(AlwaysEventProjects projects, AlwaysEventProject found, History history, PrintWriter out) {
            out.println(found.id() + " is in \"" + projects.definition().phase(found.phase()).name() + "\".");
            List<TransitionOption> options = projects.definition().availableTransitions(found);
            for (TransitionOption option : options) {
                Transition transition = option.transition();
                out.println(transition.id() + " (" + transition.name() + " -> " + projects.definition().phase(transition.to())
                        .name() + "): " + (option.verdict().isPermitted() ? "ready" : "blocked"));
                Printing.reasons(out, option.verdict().reasons(), "  ");
                if (option.verdict() instanceof uk.nhs.coproduction.alwaysevents.workflow.Verdict.Failed failed) {
                    Printing.failures(out, failed.failures(), "  ");
                }
            }
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "Lists a project's events, oldest first; with --json, as the JSON Lines the store keeps.")
    static final class HistoryCommand extends ProjectReading {
        @Option(names = "--json", description = "Print each event as one line of JSON.")
        boolean json;

        @Override
        void print(AlwaysEventProjects projects, AlwaysEventProject found, History history, PrintWriter out) {
            for (RecordedEvent event : history.events()) {
                out.println(json ? EventJson.write(event) : "v" + event.version() + " " + event.recordedAt() + " "
                        + event.actor() + ": " + Printing.describe(event.event()));
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the projects in the data directory.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        @Nullable CommandSpec spec;

        @Mixin
        Workspace workspace = new Workspace();

        @Override
        public Integer call() {
            CommandSpec command = Objects.requireNonNull(spec);
            return workspace.run(command, null, (store, projects) -> {
                for (ProjectId id : store.projects()) {
                    AlwaysEventProject found = projects.project(id).orElseThrow();
                    command.commandLine().getOut().println(id + "  " + projects.definition().phase(found.phase()).name() + "  "
                            + found.profile().title());
                }
                return 0;
            });
        }
    }

    @Command(name = "workflow", mixinStandardHelpOptions = true,
            description = "Prints the standard workflow definition: its phases and steps (text), a Mermaid diagram, or its JSON.",
            footer = {"", AlwaysEvents.TRADEMARK_NOTICE})
    static final class Workflow implements Callable<Integer> {
        @Spec
        @Nullable CommandSpec spec;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, mermaid or json. "
                + "Default: ${DEFAULT-VALUE}.")
        String format = "text";

        @Override
        public Integer call() {
            CommandSpec command = Objects.requireNonNull(spec);
            PrintWriter out = command.commandLine().getOut();
            WorkflowDefinition definition = WorkflowDefinition.standard();
            switch (format) {
                case "mermaid" -> out.print(definition.toMermaid());
                case "json" -> out.print(definition.toJson());
                case "text" -> {
                    out.println(definition.version() + ": " + definition.edition().title());
                    for (PhaseDefinition phase : definition.phases()) {
                        out.println();
                        out.println(phase.name() + " (" + phase.phase() + ")");
                        out.println("  " + phase.description());
                        for (Transition transition : definition.transitionsFrom(phase.phase())) {
                            out.println("  -> " + transition.id() + ": " + transition.name());
                            transition.guards().forEach(g -> out.println("       when: " + g.description()));
                        }
                    }
                }
                default -> {
                    command.commandLine().getErr().println("always-events workflow: --format: '" + format
                            + "' is not one of text, mermaid, json");
                    return ProjectAction.BAD_INPUT;
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "portfolio", mixinStandardHelpOptions = true,
            description = "Prints every project in the data directory in one summary table: phase, status, progress score, "
                    + "ladder rung, and the latest value with the Making Data Count variation and assurance icons of each "
                    + "measure. Sorted by area of focus, then title.",
            footer = {"", AlwaysEvents.TRADEMARK_NOTICE})
    static final class PortfolioCommand implements Callable<Integer> {
        @Spec
        @Nullable CommandSpec spec;

        @Mixin
        Workspace workspace = new Workspace();

        @Option(names = "--area", paramLabel = "AREA", description = "Keep only this area of focus (ignoring case); repeat "
                + "for several.")
        List<String> areas = new ArrayList<>();

        @Option(names = "--phase", paramLabel = "PHASE", description = "Keep only this phase, such as TEST; repeat for "
                + "several.")
        List<Phase> phases = new ArrayList<>();

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or csv. "
                + "Default: ${DEFAULT-VALUE}.")
        String format = "text";

        @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table as CSV to FILE.")
        @Nullable Path csv;

        @Override
        public Integer call() {
            CommandSpec command = Objects.requireNonNull(spec);
            if (!format.equals("text") && !format.equals("csv")) {
                command.commandLine().getErr().println("always-events portfolio: --format: '" + format
                        + "' is not one of text, csv");
                return ProjectAction.BAD_INPUT;
            }
            return workspace.run(command, null, (store, projects) -> {
                List<AlwaysEventProject> all = new ArrayList<>();
                for (ProjectId id : store.projects()) {
                    all.add(projects.project(id).orElseThrow());
                }
                Portfolio portfolio = Portfolio.of(all, projects.definition(), id -> Optional.empty())
                        .filter(PortfolioFilter.all().withAreas(areas).withPhases(phases));
                PrintWriter out = command.commandLine().getOut();
                if (csv != null) {
                    try {
                        Files.writeString(csv, portfolio.toCsv(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        command.commandLine().getErr().println("always-events portfolio: --csv: cannot write " + csv
                                + ": " + e.getMessage());
                        return ProjectAction.STORE_FAILED;
                    }
                }
                if (format.equals("csv")) {
                    out.print(portfolio.toCsv());
                } else {
                    out.print(table(portfolio));
                    out.println(AlwaysEvents.TRADEMARK_NOTICE);
                }
                out.flush();
                return 0;
            });
        }

        static String table(Portfolio portfolio) {
            List<List<String>> cells = new ArrayList<>();
            cells.add(List.of("Area", "Project", "Title", "Phase", "Status", "Progress", "Rung", "Measure", "Period", "Latest",
                    "Variation", "Assurance"));
            for (PortfolioRow row : portfolio.rows()) {
                for (PortfolioMeasure measure : row.measures()) {
                    List<String> line = new ArrayList<>(List.of(row.area(), row.id().value(), row.title(), row.phaseName(),
                            row.status().name().toLowerCase(Locale.ROOT), row.progress().map(Object::toString).orElse("-"),
                            row.rung().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("-"), measure.name()));
                    if (measure.reading() instanceof MeasureReading.Latest latest) {
                        line.addAll(List.of(latest.period(), latest.valueText(),
                                latest.variationIcon().map(v -> v.code()).orElse("-"),
                                latest.assuranceIcon().map(a -> a.code()).orElse("-")));
                    } else if (measure.reading() instanceof MeasureReading.NotYetCharted not) {
                        line.addAll(List.of("-", not.reason(), "-", "-"));
                    }
                    cells.add(line);
                }
            }
            int[] widths = new int[cells.get(0).size()];
            for (List<String> line : cells) {
                for (int i = 0; i < line.size(); i++) {
                    widths[i] = Math.max(widths[i], line.get(i).length());
                }
            }
            StringBuilder text = new StringBuilder();
            for (List<String> line : cells) {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < line.size(); i++) {
                    out.append(i == 0 ? "" : "  ").append(line.get(i));
                    out.append(" ".repeat(widths[i] - line.get(i).length()));
                }
                text.append(out.toString().stripTrailing()).append('\n');
            }
            text.append(portfolio.size()).append(portfolio.size() == 1 ? " project\n" : " projects\n");
            return text.toString();
        }
    }
}
