package uk.nhs.coproduction.examples.alwaysevents;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;

/**
 * {@code always-events}: drive Always Events&reg; projects kept in an embedded file store, or run
 * the Humber demonstration.
 */
@Command(
        name = "always-events",
        mixinStandardHelpOptions = true,
        description = {"Runs Always Events projects: set-up and oversight, understanding what matters, co-design, "
                + "testing with PDSA cycles, reliable implementation, scale-up and spread, and sustain.",
                "Projects are kept in a data directory (--data, default ./data): one JSON Lines file per project. Every "
                        + "step that is not yet possible is refused with every reason."},
        subcommands = {
            DemoCommand.class,
            SetUpCommands.Start.class,
            ReadingCommands.Status.class,
            ReadingCommands.Transitions.class,
            StepCommands.Move.class,
            SetUpCommands.Sponsor.class,
            SetUpCommands.Join.class,
            SetUpCommands.Leave.class,
            SetUpCommands.WhatMatters.class,
            CoDesignCommands.Vision.class,
            CoDesignCommands.Aim.class,
            CoDesignCommands.CriterionAssessment.class,
            CoDesignCommands.Driver.class,
            PdsaCommands.PlanCycle.class,
            PdsaCommands.DoStep.class,
            PdsaCommands.StudyStep.class,
            PdsaCommands.ActStep.class,
            MeasurementCommands.Record.class,
            MeasurementCommands.Site.class,
            StepCommands.Progress.class,
            StepCommands.Impact.class,
            StepCommands.SignOff.class,
            StepCommands.Approve.class,
            StepCommands.SustainReview.class,
            StepCommands.Pause.class,
            StepCommands.Resume.class,
            StepCommands.Close.class,
            ReadingCommands.HistoryCommand.class,
            ReadingCommands.ListCommand.class,
            ReadingCommands.Workflow.class
        },
        exitCodeListHeading = "%nExit status of the project commands:%n",
        exitCodeList = {"0:recorded (or shown)", "1:refused by the project or the workflow, with every reason, or a conflict "
                + "with a change made meanwhile", "2:bad input: the message names the option", "3:the data directory could not be used"},
        footer = {"", "Try: always-events demo, then always-events start my-project --organisation … --title … --focus …",
            "", AlwaysEvents.TRADEMARK_NOTICE})
public final class AlwaysEventsCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    /** Without a subcommand: prints the usage. */
    @Override
    public Integer call() {
        CommandSpec command = Objects.requireNonNull(spec);
        command.commandLine().usage(command.commandLine().getOut());
        return 0;
    }
}
