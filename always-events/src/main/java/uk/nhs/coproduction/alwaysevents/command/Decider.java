package uk.nhs.coproduction.alwaysevents.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.driver.ChangeIdea;
import uk.nhs.coproduction.alwaysevents.driver.DriverDiagram;
import uk.nhs.coproduction.alwaysevents.driver.PrimaryDriver;
import uk.nhs.coproduction.alwaysevents.driver.SecondaryDriver;
import uk.nhs.coproduction.alwaysevents.impact.ImpactLogEntry;
import uk.nhs.coproduction.alwaysevents.impact.SignOff;
import uk.nhs.coproduction.alwaysevents.pdsa.Act;
import uk.nhs.coproduction.alwaysevents.pdsa.Do;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.pdsa.Plan;
import uk.nhs.coproduction.alwaysevents.pdsa.Study;
import uk.nhs.coproduction.alwaysevents.project.AimStatedEvent;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Approval;
import uk.nhs.coproduction.alwaysevents.project.ApprovalRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.ChangeIdeaAddedEvent;
import uk.nhs.coproduction.alwaysevents.project.CoDesignMemberJoinedEvent;
import uk.nhs.coproduction.alwaysevents.project.CoDesignMemberLeftEvent;
import uk.nhs.coproduction.alwaysevents.project.CriterionAssessedEvent;
import uk.nhs.coproduction.alwaysevents.project.ExecutiveSponsor;
import uk.nhs.coproduction.alwaysevents.project.ExecutiveSponsorAppointedEvent;
import uk.nhs.coproduction.alwaysevents.project.ImpactRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.ImpactSignedOffEvent;
import uk.nhs.coproduction.alwaysevents.project.Measurement;
import uk.nhs.coproduction.alwaysevents.project.MeasurementCorrectedEvent;
import uk.nhs.coproduction.alwaysevents.project.MeasurementRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.OversightMemberJoinedEvent;
import uk.nhs.coproduction.alwaysevents.project.PdsaActRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.PdsaCyclePlannedEvent;
import uk.nhs.coproduction.alwaysevents.project.PdsaDoRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.PdsaStudyRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.PhaseChangedEvent;
import uk.nhs.coproduction.alwaysevents.project.PrimaryDriverAddedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProgressScoreSetEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectClosedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectPausedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectResumedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectStartedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectStatus;
import uk.nhs.coproduction.alwaysevents.project.SecondaryDriverAddedEvent;
import uk.nhs.coproduction.alwaysevents.project.SiteMeasurement;
import uk.nhs.coproduction.alwaysevents.project.SiteMeasurementRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.SpreadSite;
import uk.nhs.coproduction.alwaysevents.project.SpreadSiteAddedEvent;
import uk.nhs.coproduction.alwaysevents.project.SustainReview;
import uk.nhs.coproduction.alwaysevents.project.SustainReviewRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.TeamMember;
import uk.nhs.coproduction.alwaysevents.project.VisionStatedEvent;
import uk.nhs.coproduction.alwaysevents.project.WhatMattersEvidence;
import uk.nhs.coproduction.alwaysevents.project.WhatMattersRecordedEvent;
import uk.nhs.coproduction.alwaysevents.statement.AimStatement;
import uk.nhs.coproduction.alwaysevents.statement.CriterionAssessment;
import uk.nhs.coproduction.alwaysevents.statement.VisionStatement;
import uk.nhs.coproduction.alwaysevents.workflow.Fact;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.Transition;
import uk.nhs.coproduction.alwaysevents.workflow.Verdict;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * {@code decide(state, command)}: the rules that say which events a command records, or every
 * reason it is refused. Pure; allocates nothing beyond the events and reasons it returns and one
 * small object that holds the state while a command is decided.
 *
 * <p>Each kind of command has its own rule, a method of a {@link ProjectCommand.Handler}; the
 * command picks the method ({@link ProjectCommand#accept}). A new kind of command therefore does
 * not compile until it has a rule here: there is no {@code instanceof} chain and no fallback that
 * throws at run time.
 *
 * <pre>{@code
 * CommandResult result = Decider.decide(project,
 *         new TakeTransitionCommand("understand-what-matters", LocalDate.now()), definition);
 * if (result instanceof CommandResult.Refused refused) {
 *     refused.reasons().forEach(reason -> System.out.println(reason.code() + ": " + reason.message()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Decider {

    private Decider() {
    }

    /**
     * Decides {@code command} against {@code state} (null before the project is started): the
     * events to record, or every reason it is refused. Pure: nothing is changed, and the same
     * inputs always give the same result. The command is expected to be valid (Bean Validation);
     * {@code AlwaysEventProjects} checks that first.
     *
     * <p>A project that has not been started takes only {@link StartProjectCommand}; a paused or
     * closed one takes only {@link ResumeProjectCommand}, {@link CloseProjectCommand} and
     * {@link TakeTransitionCommand} (whose verdict names the status). Every other command is then
     * decided by its own rule.
     *
     * @param state the project before the command, or null before it is started
     * @param command the command to decide
     * @param definition the workflow whose guards decide transitions
     * @return the events to record, or every reason the command is refused, or the guards that
     *     broke
     */
    public static CommandResult decide(@Nullable AlwaysEventProject state, ProjectCommand command,
            WorkflowDefinition definition) {
        return decide(state, command, definition, null);
    }

    /**
     * Decides {@code command} as {@link #decide(AlwaysEventProject, ProjectCommand, WorkflowDefinition)}
     * does, knowing the date today: a measure's value for a period that begins after {@code today}
     * is then refused ({@link Refusals#PERIOD_IN_THE_FUTURE}). Still pure: the date is an input.
     *
     * @param state the project before the command, or null before it is started
     * @param command the command to decide
     * @param definition the workflow whose guards decide transitions
     * @param today the date today, or null to leave periods in the future unchecked
     * @return the events to record, or every reason the command is refused, or the guards that
     *     broke
     */
    public static CommandResult decide(@Nullable AlwaysEventProject state, ProjectCommand command,
            WorkflowDefinition definition, @Nullable LocalDate today) {
        Admission admission = command.accept(ADMISSION);
        if (admission != Admission.WITHOUT_A_PROJECT) {
            if (state == null) {
                return refused(Refusals.PROJECT_NOT_STARTED, "The project has not been started; start it first.");
            }
            if (admission == Admission.WHILE_ACTIVE && !state.isActive()) {
                return new CommandResult.Refused(List.of(statusReason(state, definition)));
            }
        }
        return command.accept(new Rules(state, definition, today));
    }

    /** When a command may be decided at all. */
    private enum Admission {
        /** Before the project exists: only starting it. */
        WITHOUT_A_PROJECT,
        /** Once started, whether active, paused or closed. */
        ONCE_STARTED,
        /** Only while the project is active. */
        WHILE_ACTIVE
    }

    /** Which commands may be decided when; stateless and shared. */
    private static final ProjectCommand.Handler<Admission> ADMISSION = new ProjectCommand.Handler<>() {

        @Override
        public Admission on(StartProjectCommand command) {
            return Admission.WITHOUT_A_PROJECT;
        }

        @Override
        public Admission on(AppointExecutiveSponsorCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(JoinOversightGroupCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(JoinCoDesignTeamCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(LeaveCoDesignTeamCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(RecordWhatMattersCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(StateVisionCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(StateAimCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(AssessCriterionCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(AddPrimaryDriverCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(AddSecondaryDriverCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(AddChangeIdeaCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(PlanPdsaCycleCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(RecordPdsaDoCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(RecordPdsaStudyCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(RecordPdsaActCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(RecordMeasurementCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(CorrectMeasurementCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(AddSpreadSiteCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(RecordSiteMeasurementCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(RecordSustainReviewCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(SetProgressScoreCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(RecordImpactCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(SignOffImpactCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(RecordApprovalCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(TakeTransitionCommand command) {
            return Admission.ONCE_STARTED;
        }

        @Override
        public Admission on(PauseProjectCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(ResumeProjectCommand command) {
            return Admission.ONCE_STARTED;
        }

        @Override
        public Admission on(CloseProjectCommand command) {
            return Admission.ONCE_STARTED;
        }

        @Override
        public Admission on(DefineMeasureCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(RecordMeasureValueCommand command) {
            return Admission.WHILE_ACTIVE;
        }

        @Override
        public Admission on(CorrectMeasureValueCommand command) {
            return Admission.WHILE_ACTIVE;
        }
    };

    /** The rule for each command, against one state and definition. */
    private static final class Rules implements ProjectCommand.Handler<CommandResult> {

        private final @Nullable AlwaysEventProject state;
        private final WorkflowDefinition definition;
        private final @Nullable LocalDate today;

        Rules(@Nullable AlwaysEventProject state, WorkflowDefinition definition, @Nullable LocalDate today) {
            this.state = state;
            this.definition = definition;
            this.today = today;
        }

        @Override
        public CommandResult on(DefineMeasureCommand c) {
            return MeasureRules.define(started(), c);
        }

        @Override
        public CommandResult on(RecordMeasureValueCommand c) {
            return MeasureRules.record(started(), c, today);
        }

        @Override
        public CommandResult on(CorrectMeasureValueCommand c) {
            return MeasureRules.correct(started(), c, today);
        }

        /** The state of a started project: {@link #decide} admits no other command without one. */
        private AlwaysEventProject started() {
            return Objects.requireNonNull(state, "state");
        }

        @Override
        public CommandResult on(StartProjectCommand c) {
        if (state != null) {
            return refused(Refusals.PROJECT_ALREADY_STARTED, "Project " + state.id() + " has already been started.",
                    Fact.of("project", state.id().value()));
        }
        return accepted(new ProjectStartedEvent(c.organisation(), c.title(), c.areaOfFocus(), c.startedOn()));
        }

        @Override
        public CommandResult on(AppointExecutiveSponsorCommand c) {
            AlwaysEventProject state = started();
        return accepted(new ExecutiveSponsorAppointedEvent(new ExecutiveSponsor(c.sponsor(), c.appointedOn())));
        }

        @Override
        public CommandResult on(JoinOversightGroupCommand c) {
            AlwaysEventProject state = started();
        if (state.oversightMember(c.partner()).isPresent()) {
            return refused(Refusals.ALREADY_IN_OVERSIGHT_GROUP, c.partner() + " is already in the oversight group.",
                    Fact.of("partner", c.partner().value()));
        }
        return accepted(new OversightMemberJoinedEvent(c.partner(), c.roles(), c.joinedOn()));
        }

        @Override
        public CommandResult on(JoinCoDesignTeamCommand c) {
            AlwaysEventProject state = started();
        if (state.coDesignMember(c.partner()).isPresent()) {
            return refused(Refusals.ALREADY_IN_CO_DESIGN_TEAM, c.partner() + " is already in the co-design team.",
                    Fact.of("partner", c.partner().value()));
        }
        return accepted(new CoDesignMemberJoinedEvent(c.partner(), c.roles(), state.phase(), c.joinedOn()));
        }

        @Override
        public CommandResult on(LeaveCoDesignTeamCommand c) {
            AlwaysEventProject state = started();
        if (state.coDesignMember(c.partner()).isEmpty()) {
            return notInTeam(List.of(c.partner()));
        }
        return accepted(new CoDesignMemberLeftEvent(c.partner(), c.leftOn()));
        }

        @Override
        public CommandResult on(RecordWhatMattersCommand c) {
            AlwaysEventProject state = started();
        return whatMatters(state, c);
        }

        @Override
        public CommandResult on(StateVisionCommand c) {
            AlwaysEventProject state = started();
        return atLeast(state, Phase.CO_DESIGN, definition, "The vision statement is agreed in co-design, after "
                + "understanding what matters, so that staff do not decide it beforehand.",
                () -> new VisionStatedEvent(VisionStatement.of(c.text(), c.agreedOn())));
        }

        @Override
        public CommandResult on(StateAimCommand c) {
            AlwaysEventProject state = started();
        return atLeast(state, Phase.CO_DESIGN, definition, "The aim statement is agreed in co-design, after "
                + "understanding what matters.",
                () -> new AimStatedEvent(AimStatement.of(c.population(), c.measure(), c.percent(), c.achieveBy())));
        }

        @Override
        public CommandResult on(AssessCriterionCommand c) {
            AlwaysEventProject state = started();
        return atLeast(state, Phase.CO_DESIGN, definition, "The criteria are assessed in co-design, once there is an "
                + "Always Event to assess.",
                () -> new CriterionAssessedEvent(new CriterionAssessment(c.criterion(), c.met(), c.evidence(), c.assessedOn())));
        }

        @Override
        public CommandResult on(AddPrimaryDriverCommand c) {
            AlwaysEventProject state = started();
        DriverDiagram diagram = state.driverDiagram();
        return atLeast(state, Phase.CO_DESIGN, definition, "The driver diagram is co-designed, after understanding "
                + "what matters.", () -> new PrimaryDriverAddedEvent(new PrimaryDriver(diagram.nextPrimaryDriverId(), c.text())));
        }

        @Override
        public CommandResult on(AddSecondaryDriverCommand c) {
            AlwaysEventProject state = started();
        DriverDiagram diagram = state.driverDiagram();
        if (diagram.primaryDriver(c.primaryDriverId()).isEmpty()) {
            return refused(Refusals.UNKNOWN_PRIMARY_DRIVER, "The driver diagram has no primary driver "
                    + c.primaryDriverId() + ".", Fact.of("primaryDriver", c.primaryDriverId()));
        }
        return accepted(new SecondaryDriverAddedEvent(new SecondaryDriver(diagram.nextSecondaryDriverId(),
                c.primaryDriverId(), c.text())));
        }

        @Override
        public CommandResult on(AddChangeIdeaCommand c) {
            AlwaysEventProject state = started();
        DriverDiagram diagram = state.driverDiagram();
        if (diagram.secondaryDriver(c.secondaryDriverId()).isEmpty()) {
            return refused(Refusals.UNKNOWN_SECONDARY_DRIVER, "The driver diagram has no secondary driver "
                    + c.secondaryDriverId() + ".", Fact.of("secondaryDriver", c.secondaryDriverId()));
        }
        return accepted(new ChangeIdeaAddedEvent(new ChangeIdea(diagram.nextChangeIdeaId(), c.secondaryDriverId(), c.text())));
        }

        @Override
        public CommandResult on(PlanPdsaCycleCommand c) {
            AlwaysEventProject state = started();
        return planCycle(state, c, definition);
        }

        @Override
        public CommandResult on(RecordPdsaDoCommand c) {
            AlwaysEventProject state = started();
        return pdsaStep(state, c.cycle(), PdsaCycle.Stage.PLANNED, c.carriedOutOn(), "do",
                () -> new PdsaDoRecordedEvent(c.cycle(), new Do(c.observations(), c.carriedOutOn())));
        }

        @Override
        public CommandResult on(RecordPdsaStudyCommand c) {
            AlwaysEventProject state = started();
        return pdsaStep(state, c.cycle(), PdsaCycle.Stage.DONE, c.studiedOn(), "study",
                () -> new PdsaStudyRecordedEvent(c.cycle(), new Study(c.learning(), c.predictionConfirmed(), c.studiedOn())));
        }

        @Override
        public CommandResult on(RecordPdsaActCommand c) {
            AlwaysEventProject state = started();
        return pdsaStep(state, c.cycle(), PdsaCycle.Stage.STUDIED, c.decidedOn(), "act",
                () -> new PdsaActRecordedEvent(c.cycle(), new Act(c.decision(), c.nextSteps(), c.decidedOn())));
        }

        @Override
        public CommandResult on(RecordMeasurementCommand c) {
            AlwaysEventProject state = started();
        if (state.measurement(c.period()).isPresent()) {
            return refused(Refusals.MEASUREMENT_ALREADY_RECORDED, "The period " + c.period()
                    + " is already recorded; correct it instead, saying why.", Fact.of("period", c.period()));
        }
        return accepted(new MeasurementRecordedEvent(Measurement.of(c.period(), c.numerator(), c.denominator())));
        }

        @Override
        public CommandResult on(CorrectMeasurementCommand c) {
            AlwaysEventProject state = started();
        if (state.measurement(c.period()).isEmpty()) {
            return refused(Refusals.MEASUREMENT_NOT_RECORDED, "The period " + c.period()
                    + " has not been recorded, so there is nothing to correct.", Fact.of("period", c.period()));
        }
        return accepted(new MeasurementCorrectedEvent(Measurement.of(c.period(), c.numerator(), c.denominator()), c.reason()));
        }

        @Override
        public CommandResult on(AddSpreadSiteCommand c) {
            AlwaysEventProject state = started();
        if (state.spreadSite(c.siteId()).isPresent()) {
            return refused(Refusals.SITE_ALREADY_ADDED, "The site " + c.siteId() + " has already been added.",
                    Fact.of("site", c.siteId()));
        }
        return atLeast(state, Phase.SPREAD_AND_SCALE_UP, definition, "Units and organisations take the Always Event up "
                + "once it happens reliably at home.",
                () -> new SpreadSiteAddedEvent(new SpreadSite(c.siteId(), c.name(), c.kind(), c.joinedOn())));
        }

        @Override
        public CommandResult on(RecordSiteMeasurementCommand c) {
            AlwaysEventProject state = started();
        if (state.spreadSite(c.siteId()).isEmpty()) {
            return refused(Refusals.UNKNOWN_SITE, "There is no spread or scale-up site " + c.siteId() + ".",
                    Fact.of("site", c.siteId()));
        }
        boolean recorded = state.siteMeasurements().stream()
                .anyMatch(m -> m.siteId().equals(c.siteId()) && m.measurement().period().equals(c.period()));
        if (recorded) {
            return refused(Refusals.MEASUREMENT_ALREADY_RECORDED, "The period " + c.period() + " is already recorded for "
                    + c.siteId() + ".", Fact.of("site", c.siteId()), Fact.of("period", c.period()));
        }
        return accepted(new SiteMeasurementRecordedEvent(new SiteMeasurement(c.siteId(),
                Measurement.of(c.period(), c.numerator(), c.denominator()))));
        }

        @Override
        public CommandResult on(RecordSustainReviewCommand c) {
            AlwaysEventProject state = started();
        if (state.phase() != Phase.SUSTAIN) {
            return refused(Refusals.NOT_YET_IN_PHASE, "Sustain reviews are recorded in the phase \""
                    + definition.phase(Phase.SUSTAIN).name() + "\"; the project is in \""
                    + definition.phase(state.phase()).name() + "\".", Fact.of("phase", state.phase().name()),
                    Fact.of("needs", Phase.SUSTAIN.name()));
        }
        return accepted(new SustainReviewRecordedEvent(new SustainReview(c.reviewedOn(), c.findings(), c.nextReviewBy())));
        }

        @Override
        public CommandResult on(SetProgressScoreCommand c) {
            AlwaysEventProject state = started();
        return accepted(new ProgressScoreSetEvent(c.score(), c.rationale(), c.setOn()));
        }

        @Override
        public CommandResult on(RecordImpactCommand c) {
            AlwaysEventProject state = started();
        List<PartnerId> strangers = notMembers(state, c.saidBy());
        if (!strangers.isEmpty()) {
            return notInTeam(strangers);
        }
        return accepted(new ImpactRecordedEvent(state.impactLog().size() + 1, c.youSaid(), c.weDid(), c.saidBy(),
                c.recordedOn()));
        }

        @Override
        public CommandResult on(SignOffImpactCommand c) {
            AlwaysEventProject state = started();
        return signOff(state, c);
        }

        @Override
        public CommandResult on(RecordApprovalCommand c) {
            AlwaysEventProject state = started();
        boolean mayApprove = (state.sponsor() != null && state.sponsor().id().equals(c.approvedBy()))
                || state.oversightMember(c.approvedBy()).isPresent();
        if (!mayApprove) {
            return refused(Refusals.APPROVER_NOT_IN_OVERSIGHT, c.approvedBy() + " is neither the executive sponsor nor "
                    + "in the oversight group, so cannot record an approval.", Fact.of("partner", c.approvedBy().value()));
        }
        return accepted(new ApprovalRecordedEvent(new Approval(c.approval(), c.approvedBy(), c.approvedOn())));
        }

        @Override
        public CommandResult on(TakeTransitionCommand c) {
            AlwaysEventProject state = started();
        return transition(state, c, definition);
        }

        @Override
        public CommandResult on(PauseProjectCommand c) {
            AlwaysEventProject state = started();
        return accepted(new ProjectPausedEvent(c.reason(), c.on()));
        }

        @Override
        public CommandResult on(ResumeProjectCommand c) {
            AlwaysEventProject state = started();
        if (state.status() != ProjectStatus.PAUSED) {
            return state.status() == ProjectStatus.CLOSED ? new CommandResult.Refused(List.of(statusReason(state, definition)))
                    : refused(Refusals.NOT_PAUSED, "The project is not paused.", Fact.of("status", state.status().name()));
        }
        return accepted(new ProjectResumedEvent(c.on()));
        }

        @Override
        public CommandResult on(CloseProjectCommand c) {
            AlwaysEventProject state = started();
        if (state.status() == ProjectStatus.CLOSED) {
            return new CommandResult.Refused(List.of(statusReason(state, definition)));
        }
        return accepted(new ProjectClosedEvent(c.reason(), c.on()));
        }
    }

    private static CommandResult transition(AlwaysEventProject state, TakeTransitionCommand c, WorkflowDefinition definition) {
        Optional<Transition> found = definition.transition(c.transitionId());
        if (found.isEmpty()) {
            return refused(Refusals.UNKNOWN_TRANSITION, "The workflow " + definition.version().id() + " has no step called "
                    + c.transitionId() + ".", Fact.of("transition", c.transitionId()));
        }
        Transition transition = found.get();
        Verdict verdict = definition.evaluate(transition, state);
        if (verdict instanceof Verdict.Permitted) {
            return accepted(new PhaseChangedEvent(transition.id(), transition.from(), transition.to(), c.on()));
        }
        if (verdict instanceof Verdict.Failed failed) {
            return new CommandResult.Failed(failed.failures(), failed.reasons());
        }
        return new CommandResult.Refused(verdict.reasons());
    }

    private static CommandResult whatMatters(AlwaysEventProject state, RecordWhatMattersCommand c) {
        List<Reason> reasons = new ArrayList<>();
        if (c.source() == WhatMattersSource.PARTNERS && c.voicedBy().isEmpty()) {
            reasons.add(Reason.of(Refusals.VOICED_BY_REQUIRED, "What the co-design team said needs the ids of the members "
                    + "who said it.", Fact.of("source", c.source().name())));
        }
        List<PartnerId> strangers = notMembers(state, c.voicedBy());
        for (PartnerId stranger : strangers) {
            reasons.add(notInTeamReason(stranger));
        }
        if (!reasons.isEmpty()) {
            return new CommandResult.Refused(reasons);
        }
        return accepted(new WhatMattersRecordedEvent(new WhatMattersEvidence(c.source(), c.summary(), c.peopleHeard(),
                c.voicedBy(), c.gatheredOn())));
    }

    private static CommandResult planCycle(AlwaysEventProject state, PlanPdsaCycleCommand c, WorkflowDefinition definition) {
        List<Reason> reasons = new ArrayList<>();
        if (state.phase().compareTo(Phase.TEST) < 0) {
            reasons.add(notYetReason(state, Phase.TEST, definition, "PDSA cycles test change ideas once the Always Event "
                    + "has been co-designed."));
        }
        if (state.driverDiagram().changeIdea(c.changeIdeaId()).isEmpty()) {
            reasons.add(Reason.of(Refusals.UNKNOWN_CHANGE_IDEA, "The driver diagram has no change idea " + c.changeIdeaId()
                    + "; each PDSA cycle tests a change idea.", Fact.of("changeIdea", c.changeIdeaId())));
        }
        if (!reasons.isEmpty()) {
            return new CommandResult.Refused(reasons);
        }
        return accepted(new PdsaCyclePlannedEvent(state.pdsaCycles().size() + 1, c.changeIdeaId(),
                new Plan(c.objective(), c.prediction(), c.arrangements(), c.dataCollection(), c.plannedOn(), c.period())));
    }

    private static CommandResult pdsaStep(AlwaysEventProject state, int number, PdsaCycle.Stage needed, LocalDate on,
            String step, java.util.function.Supplier<ProjectEvent> event) {
        Optional<PdsaCycle> found = state.pdsaCycle(number);
        if (found.isEmpty()) {
            return refused(Refusals.UNKNOWN_PDSA_CYCLE, "There is no PDSA cycle " + number + ".", Fact.of("cycle", number));
        }
        PdsaCycle cycle = found.get();
        List<Reason> reasons = new ArrayList<>();
        if (cycle.stage() != needed) {
            reasons.add(Reason.of(Refusals.PDSA_STEP_OUT_OF_ORDER, "PDSA cycle " + number + " is " + cycle.stage().name()
                    .toLowerCase(java.util.Locale.ROOT) + "; the " + step + " step follows a cycle that is "
                    + needed.name().toLowerCase(java.util.Locale.ROOT) + ".", Fact.of("cycle", number),
                    Fact.of("stage", cycle.stage().name()), Fact.of("step", step)));
        }
        if (on.isBefore(cycle.latestDate())) {
            reasons.add(Reason.of(Refusals.PDSA_DATE_BEFORE_PREVIOUS_STEP, "The " + step + " step of PDSA cycle " + number
                    + " cannot be dated " + on + ", before its previous step (" + cycle.latestDate() + ").",
                    Fact.of("cycle", number), Fact.of("date", on.toString()), Fact.of("previousStep", cycle.latestDate().toString())));
        }
        return reasons.isEmpty() ? accepted(event.get()) : new CommandResult.Refused(reasons);
    }

    private static CommandResult signOff(AlwaysEventProject state, SignOffImpactCommand c) {
        Optional<ImpactLogEntry> entry = state.impactEntry(c.entry());
        if (entry.isEmpty()) {
            return refused(Refusals.UNKNOWN_IMPACT_ENTRY, "There is no \"you said, we did\" entry " + c.entry() + ".",
                    Fact.of("entry", c.entry()));
        }
        Optional<TeamMember> member = state.coDesignMember(c.partner());
        if (member.isEmpty() || !member.get().hasLivedExperience()) {
            return refused(Refusals.SIGN_OFF_NEEDS_LIVED_EXPERIENCE, "Results are signed off by partners with lived "
                    + "experience in the co-design team; " + c.partner() + " is not one.", Fact.of("partner", c.partner().value()));
        }
        if (entry.get().isSignedOffBy(c.partner())) {
            return refused(Refusals.ALREADY_SIGNED_OFF, c.partner() + " has already signed off entry " + c.entry() + ".",
                    Fact.of("partner", c.partner().value()), Fact.of("entry", c.entry()));
        }
        return accepted(new ImpactSignedOffEvent(c.entry(), new SignOff(c.partner(), c.signedOn(), c.comment())));
    }

    private static CommandResult atLeast(AlwaysEventProject state, Phase needed, WorkflowDefinition definition, String why,
            java.util.function.Supplier<ProjectEvent> event) {
        if (state.phase().compareTo(needed) < 0) {
            return new CommandResult.Refused(List.of(notYetReason(state, needed, definition, why)));
        }
        return accepted(event.get());
    }

    private static Reason notYetReason(AlwaysEventProject state, Phase needed, WorkflowDefinition definition, String why) {
        return Reason.of(Refusals.NOT_YET_IN_PHASE, why + " The project is in \"" + definition.phase(state.phase()).name()
                + "\"; this needs \"" + definition.phase(needed).name() + "\" or later.",
                Fact.of("phase", state.phase().name()), Fact.of("needs", needed.name()));
    }

    private static Reason statusReason(AlwaysEventProject state, WorkflowDefinition definition) {
        String why = state.statusReason() == null ? "no reason given" : state.statusReason();
        return definition.wording().reason(state.status() == ProjectStatus.PAUSED ? WorkflowDefinition.PROJECT_PAUSED
                : WorkflowDefinition.PROJECT_CLOSED, Fact.of("status", state.status().name()), Fact.of("reason", why));
    }

    private static List<PartnerId> notMembers(AlwaysEventProject state, Set<PartnerId> ids) {
        List<PartnerId> strangers = new ArrayList<>(0);
        for (PartnerId id : ids) {
            if (state.coDesignMember(id).isEmpty()) {
                strangers.add(id);
            }
        }
        return strangers;
    }

    private static CommandResult notInTeam(List<PartnerId> ids) {
        return new CommandResult.Refused(ids.stream().map(Decider::notInTeamReason).toList());
    }

    private static Reason notInTeamReason(PartnerId id) {
        return Reason.of(Refusals.NOT_IN_CO_DESIGN_TEAM, id + " is not in the co-design team.", Fact.of("partner", id.value()));
    }

    private static CommandResult accepted(ProjectEvent event) {
        return new CommandResult.Accepted(List.of(event));
    }

    private static CommandResult refused(String code, String message, Fact... facts) {
        return new CommandResult.Refused(List.of(Reason.of(code, message, facts)));
    }
}
