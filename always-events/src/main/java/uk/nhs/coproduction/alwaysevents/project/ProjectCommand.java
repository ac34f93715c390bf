package uk.nhs.coproduction.alwaysevents.project;

/**
 * A command to an Always Events&reg; project: what a person asks to be recorded or done. Each
 * command is checked with Bean Validation, then decided against the project's current state
 * ({@link AlwaysEventProject#decide}), which gives the events to record or a refusal with its
 * reasons.
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
        CloseProjectCommand {
}
