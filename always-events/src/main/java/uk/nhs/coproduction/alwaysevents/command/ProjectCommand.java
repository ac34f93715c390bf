package uk.nhs.coproduction.alwaysevents.command;

/**
 * A command to an Always Events&reg; project: what a person asks to be recorded or done. Each
 * command is checked with Bean Validation, then decided against the project's current state
 * ({@link Decider#decide}), which gives the events to record or a refusal with its
 * reasons.
 *
 * <p>The commands are a sealed family, all in this package: {@link #accept(Handler)} and
 * {@link Handler} let the decider handle each of them in a method of its own, checked complete by
 * the compiler.
 *
 * @since 0.1.0
 */
public sealed interface ProjectCommand permits
        StartProjectCommand,
        AppointExecutiveSponsorCommand,
        JoinOversightGroupCommand,
        JoinCoDesignTeamCommand,
        LeaveCoDesignTeamCommand,
        RecordWhatMattersCommand,
        StateVisionCommand,
        StateAimCommand,
        AssessCriterionCommand,
        AddPrimaryDriverCommand,
        AddSecondaryDriverCommand,
        AddChangeIdeaCommand,
        PlanPdsaCycleCommand,
        RecordPdsaDoCommand,
        RecordPdsaStudyCommand,
        RecordPdsaActCommand,
        RecordMeasurementCommand,
        CorrectMeasurementCommand,
        AddSpreadSiteCommand,
        RecordSiteMeasurementCommand,
        RecordSustainReviewCommand,
        SetProgressScoreCommand,
        RecordImpactCommand,
        SignOffImpactCommand,
        RecordApprovalCommand,
        TakeTransitionCommand,
        PauseProjectCommand,
        ResumeProjectCommand,
        CloseProjectCommand,
        DefineMeasureCommand,
        RecordMeasureValueCommand,
        CorrectMeasureValueCommand {

    /**
     * Hands this command to the method of {@code handler} for its type: the Java 17 form of an
     * exhaustive {@code switch} over the commands.
     *
     * @param handler the handler with one method per kind of command
     * @param <R> what the handler gives
     * @return what {@code handler} gives for this command
     */
    <R> R accept(Handler<R> handler);

    /**
     * Something done with a command, with one method for every kind of command. Each command's
     * {@link #accept} calls the method for its own type, so a class that implements this
     * interface handles every command, and a new command does not compile until every handler
     * (the decider first) has a method for it. There is no default and no fallback.
     *
     * @param <R> what handling a command gives, such as the decider's {@link CommandResult}
     * @since 0.1.0
     */
    interface Handler<R> {

        /**
         * Handles {@link StartProjectCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(StartProjectCommand command);

        /**
         * Handles {@link AppointExecutiveSponsorCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(AppointExecutiveSponsorCommand command);

        /**
         * Handles {@link JoinOversightGroupCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(JoinOversightGroupCommand command);

        /**
         * Handles {@link JoinCoDesignTeamCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(JoinCoDesignTeamCommand command);

        /**
         * Handles {@link LeaveCoDesignTeamCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(LeaveCoDesignTeamCommand command);

        /**
         * Handles {@link RecordWhatMattersCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(RecordWhatMattersCommand command);

        /**
         * Handles {@link StateVisionCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(StateVisionCommand command);

        /**
         * Handles {@link StateAimCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(StateAimCommand command);

        /**
         * Handles {@link AssessCriterionCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(AssessCriterionCommand command);

        /**
         * Handles {@link AddPrimaryDriverCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(AddPrimaryDriverCommand command);

        /**
         * Handles {@link AddSecondaryDriverCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(AddSecondaryDriverCommand command);

        /**
         * Handles {@link AddChangeIdeaCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(AddChangeIdeaCommand command);

        /**
         * Handles {@link PlanPdsaCycleCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(PlanPdsaCycleCommand command);

        /**
         * Handles {@link RecordPdsaDoCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(RecordPdsaDoCommand command);

        /**
         * Handles {@link RecordPdsaStudyCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(RecordPdsaStudyCommand command);

        /**
         * Handles {@link RecordPdsaActCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(RecordPdsaActCommand command);

        /**
         * Handles {@link RecordMeasurementCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(RecordMeasurementCommand command);

        /**
         * Handles {@link CorrectMeasurementCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(CorrectMeasurementCommand command);

        /**
         * Handles {@link AddSpreadSiteCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(AddSpreadSiteCommand command);

        /**
         * Handles {@link RecordSiteMeasurementCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(RecordSiteMeasurementCommand command);

        /**
         * Handles {@link RecordSustainReviewCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(RecordSustainReviewCommand command);

        /**
         * Handles {@link SetProgressScoreCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(SetProgressScoreCommand command);

        /**
         * Handles {@link RecordImpactCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(RecordImpactCommand command);

        /**
         * Handles {@link SignOffImpactCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(SignOffImpactCommand command);

        /**
         * Handles {@link RecordApprovalCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(RecordApprovalCommand command);

        /**
         * Handles {@link TakeTransitionCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(TakeTransitionCommand command);

        /**
         * Handles {@link PauseProjectCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(PauseProjectCommand command);

        /**
         * Handles {@link ResumeProjectCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(ResumeProjectCommand command);

        /**
         * Handles {@link CloseProjectCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(CloseProjectCommand command);

        /**
         * Handles {@link DefineMeasureCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(DefineMeasureCommand command);

        /**
         * Handles {@link RecordMeasureValueCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(RecordMeasureValueCommand command);

        /**
         * Handles {@link CorrectMeasureValueCommand}.
         *
         * @param command the command to handle
         * @return what the handler makes of the command
         */
        R on(CorrectMeasureValueCommand command);
    }
}
