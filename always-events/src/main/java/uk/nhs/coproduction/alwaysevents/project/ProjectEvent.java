package uk.nhs.coproduction.alwaysevents.project;

/**
 * Something that happened to an Always Events&reg; project: the facts a project is rebuilt from.
 * Events are appended, never changed (except that erasure, {@link WordsErasedEvent}, may replace
 * their free text with a marker); each is recorded in a {@link RecordedEvent} with its
 * project, version, time, actor, workflow definition version and schema version.
 *
 * <p>The events are a sealed family, all in this package: {@link #accept(Handler)} and
 * {@link Handler} let the project's evolution handle each in a method of its own, checked
 * complete by the compiler.
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
        ProjectClosedEvent,
        WordsErasedEvent,
        MeasureDefinedEvent,
        MeasureValueRecordedEvent,
        MeasureValueCorrectedEvent {

    /**
     * Hands this event to the method of {@code handler} for its type: the Java 17 form of an
     * exhaustive {@code switch} over the events.
     *
     * @param <R> what the handler gives
     * @param handler the handler
     * @return what {@code handler} gives for this event
     */
    <R> R accept(Handler<R> handler);

    /**
     * Something done with an event, with one method for every kind of event, as
     * {@code ProjectCommand.Handler} is for commands: each event's {@link #accept} calls the
     * method for its own type, so a new event does not compile until every handler (the
     * project's evolution first) has a method for it. There is no default and no fallback.
     *
     * @param <R> what handling an event gives
     * @since 0.1.0
     */
    interface Handler<R> {

        /**
         * Handles {@link ProjectStartedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(ProjectStartedEvent event);

        /**
         * Handles {@link ExecutiveSponsorAppointedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(ExecutiveSponsorAppointedEvent event);

        /**
         * Handles {@link OversightMemberJoinedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(OversightMemberJoinedEvent event);

        /**
         * Handles {@link CoDesignMemberJoinedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(CoDesignMemberJoinedEvent event);

        /**
         * Handles {@link CoDesignMemberLeftEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(CoDesignMemberLeftEvent event);

        /**
         * Handles {@link WhatMattersRecordedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(WhatMattersRecordedEvent event);

        /**
         * Handles {@link VisionStatedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(VisionStatedEvent event);

        /**
         * Handles {@link AimStatedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(AimStatedEvent event);

        /**
         * Handles {@link CriterionAssessedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(CriterionAssessedEvent event);

        /**
         * Handles {@link PrimaryDriverAddedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(PrimaryDriverAddedEvent event);

        /**
         * Handles {@link SecondaryDriverAddedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(SecondaryDriverAddedEvent event);

        /**
         * Handles {@link ChangeIdeaAddedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(ChangeIdeaAddedEvent event);

        /**
         * Handles {@link PdsaCyclePlannedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(PdsaCyclePlannedEvent event);

        /**
         * Handles {@link PdsaDoRecordedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(PdsaDoRecordedEvent event);

        /**
         * Handles {@link PdsaStudyRecordedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(PdsaStudyRecordedEvent event);

        /**
         * Handles {@link PdsaActRecordedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(PdsaActRecordedEvent event);

        /**
         * Handles {@link MeasurementRecordedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(MeasurementRecordedEvent event);

        /**
         * Handles {@link MeasurementCorrectedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(MeasurementCorrectedEvent event);

        /**
         * Handles {@link SpreadSiteAddedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(SpreadSiteAddedEvent event);

        /**
         * Handles {@link SiteMeasurementRecordedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(SiteMeasurementRecordedEvent event);

        /**
         * Handles {@link SustainReviewRecordedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(SustainReviewRecordedEvent event);

        /**
         * Handles {@link ProgressScoreSetEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(ProgressScoreSetEvent event);

        /**
         * Handles {@link ImpactRecordedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(ImpactRecordedEvent event);

        /**
         * Handles {@link ImpactSignedOffEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(ImpactSignedOffEvent event);

        /**
         * Handles {@link ApprovalRecordedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(ApprovalRecordedEvent event);

        /**
         * Handles {@link PhaseChangedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(PhaseChangedEvent event);

        /**
         * Handles {@link ProjectPausedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(ProjectPausedEvent event);

        /**
         * Handles {@link ProjectResumedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(ProjectResumedEvent event);

        /**
         * Handles {@link ProjectClosedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(ProjectClosedEvent event);

        /**
         * Handles {@link WordsErasedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(WordsErasedEvent event);

        /**
         * Handles {@link MeasureDefinedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(MeasureDefinedEvent event);

        /**
         * Handles {@link MeasureValueRecordedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(MeasureValueRecordedEvent event);

        /**
         * Handles {@link MeasureValueCorrectedEvent}.
         *
         * @param event the event
         * @return what the handler gives for it
         */
        R on(MeasureValueCorrectedEvent event);
    }
}
