package uk.nhs.coproduction.examples.alwaysevents;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.coproduction.alwaysevents.command.PlanPdsaCycleCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaActCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaDoCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaStudyCommand;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;

/** The four steps of a Plan-Do-Study-Act cycle. */
final class PdsaCommands {

    private PdsaCommands() {
    }

    @Command(name = "pdsa-plan", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Plans a PDSA cycle that tests a change idea of the driver diagram, with a prediction.")
    static final class PlanCycle extends ProjectAction {
        @Option(names = "--change-idea", required = true, paramLabel = "ID", description = "The change idea tested: C1, C2, …")
        String changeIdea = "";

        @Option(names = "--objective", required = true, paramLabel = "TEXT", description = "What the cycle is for.")
        String objective = "";

        @Option(names = "--prediction", required = true, paramLabel = "TEXT", description = "What you predict will happen.")
        String prediction = "";

        @Option(names = "--arrangements", required = true, paramLabel = "TEXT", description = "Who, what, where and when.")
        String arrangements = "";

        @Option(names = "--data-collection", required = true, paramLabel = "TEXT", description = "What data you will collect.")
        String dataCollection = "";

        @Option(names = "--period", paramLabel = "PERIOD", description = "The measurement period of the test, to mark it on the run chart.")
        @Nullable String period;

        @Override
        ProjectCommand command(LocalDate date) {
            return new PlanPdsaCycleCommand(changeIdea, objective, prediction, arrangements, dataCollection, date, period);
        }

        @Override
        Map<String, String> options() {
            return Map.of("changeIdeaId", "--change-idea", "plannedOn", "--on");
        }
    }

    @Command(name = "pdsa-do", mixinStandardHelpOptions = true, description = "Records that a PDSA cycle was carried out.")
    static final class DoStep extends ProjectAction {
        @Option(names = "--cycle", required = true, paramLabel = "N", description = "The cycle's number.")
        int cycle;

        @Option(names = "--observations", required = true, paramLabel = "TEXT",
                description = "What was observed, including problems and surprises.")
        String observations = "";

        @Override
        ProjectCommand command(LocalDate date) {
            return new RecordPdsaDoCommand(cycle, observations, date);
        }
    }

    @Command(name = "pdsa-study", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Records the study of a PDSA cycle against its prediction.")
    static final class StudyStep extends ProjectAction {
        @Option(names = "--cycle", required = true, paramLabel = "N", description = "The cycle's number.")
        int cycle;

        @Option(names = "--learning", required = true, paramLabel = "TEXT", description = "What the data showed.")
        String learning = "";

        @Option(names = "--prediction-held", required = true, arity = "1", paramLabel = "true|false",
                description = "Whether the prediction held.")
        boolean predictionHeld;

        @Override
        ProjectCommand command(LocalDate date) {
            return new RecordPdsaStudyCommand(cycle, learning, predictionHeld, date);
        }
    }

    @Command(name = "pdsa-act", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Records the act of a PDSA cycle: adopt, adapt or abandon the change.")
    static final class ActStep extends ProjectAction {
        @Option(names = "--cycle", required = true, paramLabel = "N", description = "The cycle's number.")
        int cycle;

        @Option(names = "--decision", required = true, paramLabel = "DECISION", converter = Converters.Decision.class,
                description = "adopt, adapt or abandon.")
        @Nullable ActDecision decision;

        @Option(names = "--next-steps", required = true, paramLabel = "TEXT", description = "What happens next.")
        String nextSteps = "";

        @Override
        ProjectCommand command(LocalDate date) {
            return new RecordPdsaActCommand(cycle, decision, nextSteps, date);
        }
    }
}
