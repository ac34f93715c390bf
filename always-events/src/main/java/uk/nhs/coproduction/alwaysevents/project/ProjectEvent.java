package uk.nhs.coproduction.alwaysevents.project;

/**
 * Something that happened to an Always Events&reg; project: the facts a project is rebuilt from.
 * Events are appended, never changed; each is recorded in a {@link RecordedEvent} with its
 * project, version, time, actor, workflow definition version and schema version.
 *
 * @since 0.1.0
 */
public sealed interface ProjectEvent permits
        ProjectStartedEvent,
        ExecutiveSponsorAppointedEvent,
        OversightMemberJoinedEvent,
        CoDesignMemberJoinedEvent,
        CoDesignMemberLeftEvent,
        WhatMattersRecordedEvent,
        VisionStatedEvent,
        AimStatedEvent,
        CriterionAssessedEvent,
        PrimaryDriverAddedEvent,
        SecondaryDriverAddedEvent,
        ChangeIdeaAddedEvent,
        PdsaCyclePlannedEvent,
        PdsaDoRecordedEvent,
        PdsaStudyRecordedEvent,
        PdsaActRecordedEvent,
        MeasurementRecordedEvent,
        MeasurementCorrectedEvent,
        SpreadSiteAddedEvent,
        SiteMeasurementRecordedEvent,
        SustainReviewRecordedEvent,
        ProgressScoreSetEvent,
        ImpactRecordedEvent,
        ImpactSignedOffEvent,
        ApprovalRecordedEvent,
        PhaseChangedEvent,
        ProjectPausedEvent,
        ProjectResumedEvent,
        ProjectClosedEvent {
}
