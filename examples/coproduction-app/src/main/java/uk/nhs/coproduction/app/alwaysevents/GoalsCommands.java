package uk.nhs.coproduction.app.alwaysevents;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.goals.CoProductionDefinition;
import uk.nhs.coproduction.alwaysevents.goals.CoProductionFromTheStart;
import uk.nhs.coproduction.alwaysevents.goals.PeriodCount;
import uk.nhs.coproduction.alwaysevents.goals.ReportingPeriod;
import uk.nhs.coproduction.alwaysevents.goals.StaffSurveyQuestion;
import uk.nhs.coproduction.alwaysevents.goals.StaffSurveyResult;
import uk.nhs.coproduction.alwaysevents.goals.StaffSurveyResults;
import uk.nhs.coproduction.alwaysevents.goals.SurveyImport;
import uk.nhs.coproduction.alwaysevents.goals.SurveyProblem;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;

/** The national goals' commands: {@code goals} shows both, {@code import-staff-survey} imports the survey's CSV. */
final class GoalsCommands {

    private GoalsCommands() {
    }

    /** The projects of the data directory, measured against the first goal up to {@code until}. */
    static CoProductionFromTheStart coProduction(List<AlwaysEventProject> projects, ReportingPeriod period,
            LocalDate until) {
        return CoProductionFromTheStart.of(projects, CoProductionDefinition.standard(), period, until);
    }

    @Command(name = "goals", mixinStandardHelpOptions = true,
            description = {"Shows the two national goals for co-production as tracked measures: the share of the data "
                    + "directory's Always Events projects co-produced from the very start (lived experience in the "
                    + "co-design team from the first phase, and a design decision shared with them), per month or "
                    + "quarter; and the NHS Staff Survey results on patient and service user feedback being used to "
                    + "make informed decisions, as imported with import-staff-survey.",
                "Each figure says where it comes from."},
            footer = {"", AlwaysEvents.TRADEMARK_NOTICE})
    static final class Goals implements Callable<Integer> {
        @Spec
        @Nullable CommandSpec spec;

        @Mixin
        Workspace workspace = new Workspace();

        @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "month",
                description = "month or quarter. Default: ${DEFAULT-VALUE}.")
        String period = "month";

        @Option(names = "--until", paramLabel = "DATE", description = "The last period to show is the one holding DATE "
                + "(yyyy-mm-dd). Default: today (UTC).")
        @Nullable LocalDate until;

        @Option(names = "--json", description = "Print JSON (the same as GET /api/goals) instead of text.")
        boolean json;

        @Override
        public Integer call() {
            CommandSpec command = Objects.requireNonNull(spec);
            Optional<ReportingPeriod> reporting = ReportingPeriod.fromCode(period);
            if (reporting.isEmpty()) {
                command.commandLine().getErr().println("always-events goals: --period: '" + period
                        + "' is not one of month, quarter");
                return ProjectAction.BAD_INPUT;
            }
            Optional<StaffSurveyFile.Stored> survey;
            try {
                survey = StaffSurveyFile.read(workspace.data);
            } catch (IOException e) {
                command.commandLine().getErr().println("always-events goals: " + e.getMessage());
                return ProjectAction.STORE_FAILED;
            }
            LocalDate last = until != null ? until : LocalDate.now(Clock.systemUTC());
            return workspace.run(command, null, (store, projects) -> {
                List<AlwaysEventProject> all = new ArrayList<>();
                for (ProjectId id : store.projects()) {
                    all.add(projects.project(id).orElseThrow());
                }
                CoProductionFromTheStart goal = coProduction(all, reporting.get(), last);
                PrintWriter out = command.commandLine().getOut();
                if (json) {
                    out.println(GoalsJson.of(goal, StaffSurveyQuestion.standard(), survey));
                } else {
                    out.print(text(goal, StaffSurveyQuestion.standard(), survey));
                    out.println(AlwaysEvents.TRADEMARK_NOTICE);
                }
                return 0;
            });
        }
    }

    /** The goals as text: each with its definition, source, table and chart type. */
    static String text(CoProductionFromTheStart goal, StaffSurveyQuestion question,
            Optional<StaffSurveyFile.Stored> survey) {
        StringBuilder out = new StringBuilder();
        out.append("1. ").append(goal.definition().name()).append('\n');
        out.append("   Definition: ").append(goal.definition().operationalDefinition()).append('\n');
        out.append("   Source: ").append(GoalsJson.citation(goal.definition().edition())).append('\n');
        out.append("   From: the facts of the ").append(goal.projects().size())
                .append(" Always Events project(s) in the data directory started by ").append(goal.until()).append('\n');
        out.append("   Chart: ").append(goal.definition().chartType().title()).append(". ")
                .append(goal.definition().whyThisChart()).append('\n');
        if (goal.periods().isEmpty()) {
            out.append("   No project had started by then.\n");
        } else {
            out.append(String.format("   %-9s %8s %12s %8s%n", "Period", "Started", "Co-produced", "Share"));
            for (PeriodCount period : goal.periods()) {
                out.append(String.format("   %-9s %8d %12d %8s%n", period.period(), period.started(), period.coProduced(),
                        percent(period.percent())));
            }
        }
        out.append('\n');
        out.append("2. NHS Staff Survey: \"").append(question.wording()).append("\"")
                .append(question.number().map(n -> " (question " + n + ")").orElse("")).append('\n');
        out.append("   Measure: ").append(question.measure()).append('\n');
        out.append("   Source: ").append(GoalsJson.citation(question.edition())).append('\n');
        out.append("   Chart: ").append(question.chartType().title()).append(". ").append(question.whyThisChart())
                .append('\n');
        if (survey.isEmpty()) {
            out.append("   No results imported yet: always-events import-staff-survey FILE.csv\n");
        } else {
            out.append("   From: ").append(survey.get().source()).append(", imported ").append(survey.get().importedAt())
                    .append('\n');
            out.append(String.format("   %-12s %6s %10s %8s %11s%n", "Organisation", "Year", "Agreeing", "Agreed",
                    "Responding"));
            for (StaffSurveyResult result : survey.get().results().results()) {
                out.append(String.format("   %-12s %6d %10s %8s %11s%n", result.organisationCode(), result.year(),
                        percent(result.percentAgreeing()), result.agreeingCount().isPresent()
                                ? Integer.toString(result.agreeingCount().getAsInt()) : "-",
                        result.respondingCount().isPresent() ? Integer.toString(result.respondingCount().getAsInt()) : "-"));
            }
        }
        return out.toString();
    }

    /** A percentage with one decimal: {@code 62.5%}. */
    static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    @Command(name = "import-staff-survey", mixinStandardHelpOptions = true,
            description = {"Imports yearly NHS Staff Survey results for the question on patient and service user "
                    + "feedback being used to make informed decisions, from a CSV file, into the data directory, "
                    + "replacing any imported before.",
                "Columns (headings are matched ignoring case and punctuation): year; organisation code; percentage "
                        + "agreeing, or count agreeing with number responding. Other columns are ignored.",
                "Every problem is reported with its row and column, and a file with any problem imports nothing."},
            footer = {"", AlwaysEvents.TRADEMARK_NOTICE})
    static final class ImportStaffSurvey implements Callable<Integer> {
        @Spec
        @Nullable CommandSpec spec;

        @Mixin
        Workspace workspace = new Workspace();

        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8).")
        @Nullable Path file;

        @Override
        public Integer call() {
            CommandSpec command = Objects.requireNonNull(spec);
            PrintWriter err = command.commandLine().getErr();
            Path source = Objects.requireNonNull(file);
            String csv;
            try {
                csv = Files.readString(source, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                err.println("always-events import-staff-survey: FILE: " + source + " does not exist");
                return ProjectAction.BAD_INPUT;
            } catch (MalformedInputException e) {
                err.println("always-events import-staff-survey: FILE: " + source + " is not UTF-8 text: save it as a "
                        + "UTF-8 CSV file");
                return ProjectAction.BAD_INPUT;
            } catch (IOException e) {
                err.println("always-events import-staff-survey: FILE: cannot read " + source + ": " + e.getMessage());
                return ProjectAction.BAD_INPUT;
            }
            SurveyImport<StaffSurveyResults> read = StaffSurveyResults.parse(csv);
            if (read instanceof SurveyImport.Refused<StaffSurveyResults> refused) {
                err.println("always-events import-staff-survey: " + source.getFileName() + " was not imported ("
                        + refused.problems().size() + (refused.problems().size() == 1 ? " problem" : " problems")
                        + "); nothing was changed:");
                for (SurveyProblem problem : refused.problems()) {
                    err.println("  " + problem.describe());
                }
                return ProjectAction.BAD_INPUT;
            }
            StaffSurveyResults results = read.orElseThrow();
            try {
                StaffSurveyFile.write(workspace.data, results, source.getFileName().toString(), Instant.now());
            } catch (IOException e) {
                err.println("always-events import-staff-survey: cannot write to " + workspace.data + ": " + e.getMessage());
                return ProjectAction.STORE_FAILED;
            }
            PrintWriter out = command.commandLine().getOut();
            out.println("Imported " + results.results().size() + " result(s) for " + results.organisations().size()
                    + " organisation(s) from " + source.getFileName() + " into " + workspace.data.resolve(StaffSurveyFile.NAME)
                    + ".");
            out.flush();
            return 0;
        }
    }
}
