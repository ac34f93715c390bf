package uk.nhs.coproduction.examples.alwaysevents;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.nhs.coproduction.alwaysevents.command.CloseProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.PauseProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordApprovalCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordSustainReviewCommand;
import uk.nhs.coproduction.alwaysevents.command.ResumeProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.SetProgressScoreCommand;
import uk.nhs.coproduction.alwaysevents.command.SignOffImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.model.partner.PartnerId;

/** Moving the project on, and what a QI lead records along the way: progress, impact, approvals, reviews. */
final class StepCommands {

    private StepCommands() {
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
            description = {"Takes a step of the workflow, such as understand-what-matters; refused, with every reason, "
                    + "until each of its conditions holds.", "The transitions command lists the steps from the current phase."})
    static final class Move extends ProjectAction {
        @Parameters(index = "1", paramLabel = "STEP", description = "The transition's id.")
        String step = "";

        @Override
        ProjectCommand command(LocalDate date) {
            return new TakeTransitionCommand(step, date);
        }

        @Override
        Map<String, String> options() {
            return Map.of("transitionId", "STEP");
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Pauses the project, saying why.")
    static final class Pause extends ProjectAction {
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
        String reason = "";

        @Override
        ProjectCommand command(LocalDate date) {
            return new PauseProjectCommand(reason, date);
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Resumes a paused project.")
    static final class Resume extends ProjectAction {
        @Override
        ProjectCommand command(LocalDate date) {
            return new ResumeProjectCommand(date);
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "Closes the project, saying why.")
    static final class Close extends ProjectAction {
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
        String reason = "";

        @Override
        ProjectCommand command(LocalDate date) {
            return new CloseProjectCommand(reason, date);
        }
    }

    @Command(name = "progress", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Sets the progress score on the IHI 0.5 to 5 scale, saying why; every change is kept with who set it.",
                    "The status command shows the score the facts suggest."})
    static final class Progress extends ProjectAction {
        @Option(names = "--score", required = true, paramLabel = "S", converter = Converters.Score.class,
                description = "0.5, 1, 1.5, … 5.")
        @Nullable ProgressScore score;

        @Option(names = "--why", required = true, paramLabel = "TEXT", description = "Why this score.")
        String why = "";

        @Override
        ProjectCommand command(LocalDate date) {
            return new SetProgressScoreCommand(score, why, date);
        }

        @Override
        Map<String, String> options() {
            return Map.of("rationale", "--why", "setOn", "--on");
        }
    }

    @Command(name = "impact", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Records a \"you said, we did\" entry: what partners said and what changed.")
    static final class Impact extends ProjectAction {
        @Option(names = "--you-said", required = true, paramLabel = "TEXT", description = "What partners said.")
        String youSaid = "";

        @Option(names = "--we-did", required = true, paramLabel = "TEXT", description = "What changed.")
        String weDid = "";

        @Option(names = "--said-by", paramLabel = "ID", split = ",", converter = Converters.Partner.class,
                description = "Co-design team members who said it.")
        List<PartnerId> saidBy = List.of();

        @Override
        ProjectCommand command(LocalDate date) {
            return new RecordImpactCommand(youSaid, weDid, new LinkedHashSet<>(saidBy), date);
        }
    }

    @Command(name = "sign-off", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Records that a partner with lived experience signs off a \"you said, we did\" entry.")
    static final class SignOff extends ProjectAction {
        @Option(names = "--entry", required = true, paramLabel = "N", description = "The entry's number.")
        int entry;

        @Option(names = "--partner", required = true, paramLabel = "ID", converter = Converters.Partner.class,
                description = "Who signs it off.")
        @Nullable PartnerId partner;

        @Option(names = "--comment", paramLabel = "TEXT", description = "What they said about it.")
        @Nullable String comment;

        @Override
        ProjectCommand command(LocalDate date) {
            return new SignOffImpactCommand(entry, partner, date, comment);
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Records an approval your organisation's workflow asks for, given by the sponsor or oversight group.")
    static final class Approve extends ProjectAction {
        @Option(names = "--approval", required = true, paramLabel = "NAME", description = "What approved it.")
        String approval = "";

        @Option(names = "--by", required = true, paramLabel = "ID", converter = Converters.Partner.class,
                description = "The sponsor or oversight group member who records it.")
        @Nullable PartnerId by;

        @Override
        ProjectCommand command(LocalDate date) {
            return new RecordApprovalCommand(approval, by, date);
        }

        @Override
        Map<String, String> options() {
            return Map.of("approvedBy", "--by");
        }
    }

    @Command(name = "sustain-review", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Records a sustain review: is the Always Event still happening reliably, and when is the next review.")
    static final class SustainReview extends ProjectAction {
        @Option(names = "--findings", required = true, paramLabel = "TEXT", description = "What the review found.")
        String findings = "";

        @Option(names = "--next-review", paramLabel = "DATE", converter = Converters.Date.class,
                description = "When the next review is due.")
        @Nullable LocalDate nextReview;

        @Override
        ProjectCommand command(LocalDate date) {
            return new RecordSustainReviewCommand(findings, date, nextReview);
        }

        @Override
        Map<String, String> options() {
            return Map.of("nextReviewAfterThisOne", "--next-review", "reviewedOn", "--on");
        }
    }
}
