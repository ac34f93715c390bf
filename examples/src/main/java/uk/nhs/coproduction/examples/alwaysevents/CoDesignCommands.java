package uk.nhs.coproduction.examples.alwaysevents;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.nhs.coproduction.alwaysevents.command.AddChangeIdeaCommand;
import uk.nhs.coproduction.alwaysevents.command.AddPrimaryDriverCommand;
import uk.nhs.coproduction.alwaysevents.command.AddSecondaryDriverCommand;
import uk.nhs.coproduction.alwaysevents.command.AssessCriterionCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StateAimCommand;
import uk.nhs.coproduction.alwaysevents.command.StateVisionCommand;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;

/** Commands of co-design: the vision and aim statements, the four criteria, and the driver diagram. */
final class CoDesignCommands {

    private CoDesignCommands() {
    }

    @Command(name = "vision", mixinStandardHelpOptions = true,
            description = "States the vision statement in the patient's own words (\"I will always…\").")
    static final class Vision extends ProjectAction {
        @Parameters(index = "1", paramLabel = "TEXT", description = "The statement.")
        String text = "";

        @Override
        ProjectCommand command(LocalDate date) {
            return new StateVisionCommand(text, date);
        }

        @Override
        Map<String, String> options() {
            return Map.of("text", "TEXT", "agreedOn", "--on");
        }
    }

    @Command(name = "aim", mixinStandardHelpOptions = true, sortOptions = false,
            description = "States the SMART aim: by a date, for what share of which people, what will happen.")
    static final class Aim extends ProjectAction {
        @Option(names = "--population", required = true, paramLabel = "TEXT", description = "Who it is for.")
        String population = "";

        @Option(names = "--measure", required = true, paramLabel = "TEXT", description = "What will happen, as measured.")
        String measure = "";

        @Option(names = "--percent", required = true, paramLabel = "P", description = "The share, above 0 and at most 100.")
        double percent;

        @Option(names = "--by", required = true, paramLabel = "DATE", converter = Converters.Date.class,
                description = "The date by which it will be achieved.")
        @Nullable LocalDate by;

        @Override
        ProjectCommand command(LocalDate date) {
            return new StateAimCommand(population, measure, percent, by);
        }

        @Override
        Map<String, String> options() {
            return Map.of("achieveBy", "--by");
        }
    }

    @Command(name = "criterion", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Records the co-design team's assessment of one of the four criteria.")
    static final class CriterionAssessment extends ProjectAction {
        @Option(names = "--criterion", required = true, paramLabel = "NAME", converter = Converters.CriterionName.class,
                description = "important, evidence-based, measurable, affordable-and-sustainable.")
        @Nullable Criterion criterion;

        @Option(names = "--met", required = true, arity = "1", paramLabel = "true|false", description = "Whether it is met.")
        boolean met;

        @Option(names = "--evidence", required = true, paramLabel = "TEXT", description = "The evidence.")
        String evidence = "";

        @Override
        ProjectCommand command(LocalDate date) {
            return new AssessCriterionCommand(criterion, met, evidence, date);
        }
    }

    @Command(name = "driver", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Adds to the driver diagram: a primary driver, a secondary driver under one, or a change idea "
                    + "under a secondary driver. Ids are given in order: P1, S1, C1, …")
    static final class Driver extends ProjectAction {
        static final class Part {
            @Option(names = "--primary", paramLabel = "TEXT", required = true, description = "A primary driver.")
            @Nullable String primary;

            @Option(names = "--secondary", paramLabel = "TEXT", required = true,
                    description = "A secondary driver (with --under P1).")
            @Nullable String secondary;

            @Option(names = "--change-idea", paramLabel = "TEXT", required = true,
                    description = "A change idea (with --under S1).")
            @Nullable String changeIdea;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Part part = new Part();

        @Option(names = "--under", paramLabel = "ID", description = "The driver it hangs from: P1, S2, …")
        @Nullable String under;

        @Override
        ProjectCommand command(LocalDate date) {
            if (part.primary != null) {
                return new AddPrimaryDriverCommand(part.primary);
            }
            String parent = under == null ? "" : under;
            return part.secondary != null ? new AddSecondaryDriverCommand(parent, part.secondary)
                    : new AddChangeIdeaCommand(parent, part.changeIdea);
        }

        @Override
        Map<String, String> options() {
            return Map.of("primaryDriverId", "--under", "secondaryDriverId", "--under");
        }
    }
}
