package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import uk.nhs.coproduction.alwaysevents.statement.AimStatement;
import uk.nhs.coproduction.alwaysevents.statement.CriterionAssessment;
import uk.nhs.coproduction.alwaysevents.statement.VisionStatement;
import uk.nhs.coproduction.alwaysevents.workflow.Fact;
import uk.nhs.coproduction.alwaysevents.workflow.Phase;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.Transition;
import uk.nhs.coproduction.alwaysevents.workflow.Verdict;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * {@code decide(state, command)}: the rules that say which events a command records, or every
 * reason it is refused. Pure; allocates nothing beyond the events and reasons it returns.
 */
final class Decider {

    private Decider() {
    }

    static CommandResult decide(@Nullable AlwaysEventProject state, ProjectCommand command, WorkflowDefinition definition) {
        if (command instanceof StartProjectCommand c) {
            if (state != null) {
                return refused(Refusals.PROJECT_ALREADY_STARTED, "Project " + state.id() + " has already been started.",
                        Fact.of("project", state.id().value()));
            }
            return accepted(new ProjectStartedEvent(c.organisation(), c.title(), c.areaOfFocus(), c.startedOn()));
        }
        if (state == null) {
            return refused(Refusals.PROJECT_NOT_STARTED, "The project has not been started; start it first.");
        }
        if (!state.isActive() && !(command instanceof ResumeProjectCommand || command instanceof CloseProjectCommand
                || command instanceof TakeTransitionCommand)) {
            return new CommandResult.Refused(List.of(statusReason(state, definition)));
        }
        if (command instanceof TakeTransitionCommand c) {
            return transition(state, c, definition);
        }
        if (command instanceof RecordMeasurementCommand c) {
            if (state.measurement(c.period()).isPresent()) {
                return refused(Refusals.MEASUREMENT_ALREADY_RECORDED, "The period " + c.period()
                        + " is already recorded; correct it instead, saying why.", Fact.of("period", c.period()));
            }
            return accepted(new MeasurementRecordedEvent(Measurement.of(c.period(), c.numerator(), c.denominator())));
        }
        if (command instanceof CorrectMeasurementCommand c) {
            if (state.measurement(c.period()).isEmpty()) {
                return refused(Refusals.MEASUREMENT_NOT_RECORDED, "The period " + c.period()
                        + " has not been recorded, so there is nothing to correct.", Fact.of("period", c.period()));
            }
            return accepted(new MeasurementCorrectedEvent(Measurement.of(c.period(), c.numerator(), c.denominator()), c.reason()));
        }
        if (command instanceof AppointExecutiveSponsorCommand c) {
            return accepted(new ExecutiveSponsorAppointedEvent(new ExecutiveSponsor(c.sponsor(), c.appointedOn())));
        }
        if (command instanceof JoinOversightGroupCommand c) {
            if (state.oversightMember(c.partner()).isPresent()) {
                return refused(Refusals.ALREADY_IN_OVERSIGHT_GROUP, c.partner() + " is already in the oversight group.",
                        Fact.of("partner", c.partner().value()));
            }
            return accepted(new OversightMemberJoinedEvent(c.partner(), c.roles(), c.joinedOn()));
        }
        if (command instanceof JoinCoDesignTeamCommand c) {
            if (state.coDesignMember(c.partner()).isPresent()) {
                return refused(Refusals.ALREADY_IN_CO_DESIGN_TEAM, c.partner() + " is already in the co-design team.",
                        Fact.of("partner", c.partner().value()));
            }
            return accepted(new CoDesignMemberJoinedEvent(c.partner(), c.roles(), state.phase(), c.joinedOn()));
        }
        if (command instanceof LeaveCoDesignTeamCommand c) {
            if (state.coDesignMember(c.partner()).isEmpty()) {
                return notInTeam(List.of(c.partner()));
            }
            return accepted(new CoDesignMemberLeftEvent(c.partner(), c.leftOn()));
        }
        if (command instanceof RecordWhatMattersCommand c) {
            return whatMatters(state, c);
        }
        if (command instanceof StateVisionCommand c) {
            return atLeast(state, Phase.CO_DESIGN, definition, "The vision statement is agreed in co-design, after "
                    + "understanding what matters, so that staff do not decide it beforehand.",
                    () -> new VisionStatedEvent(VisionStatement.of(c.text(), c.agreedOn())));
        }
        if (command instanceof StateAimCommand c) {
            return atLeast(state, Phase.CO_DESIGN, definition, "The aim statement is agreed in co-design, after "
                    + "understanding what matters.",
                    () -> new AimStatedEvent(AimStatement.of(c.population(), c.measure(), c.percent(), c.achieveBy())));
        }
        if (command instanceof AssessCriterionCommand c) {
            return atLeast(state, Phase.CO_DESIGN, definition, "The criteria are assessed in co-design, once there is an "
                    + "Always Event to assess.",
                    () -> new CriterionAssessedEvent(new CriterionAssessment(c.criterion(), c.met(), c.evidence(), c.assessedOn())));
        }
        if (command instanceof AddPrimaryDriverCommand c) {
            DriverDiagram diagram = state.driverDiagram();
            return atLeast(state, Phase.CO_DESIGN, definition, "The driver diagram is co-designed, after understanding "
                    + "what matters.", () -> new PrimaryDriverAddedEvent(new PrimaryDriver(diagram.nextPrimaryDriverId(), c.text())));
        }
        if (command instanceof AddSecondaryDriverCommand c) {
            DriverDiagram diagram = state.driverDiagram();
            if (diagram.primaryDriver(c.primaryDriverId()).isEmpty()) {
                return refused(Refusals.UNKNOWN_PRIMARY_DRIVER, "The driver diagram has no primary driver "
                        + c.primaryDriverId() + ".", Fact.of("primaryDriver", c.primaryDriverId()));
            }
            return accepted(new SecondaryDriverAddedEvent(new SecondaryDriver(diagram.nextSecondaryDriverId(),
                    c.primaryDriverId(), c.text())));
        }
        if (command instanceof AddChangeIdeaCommand c) {
            DriverDiagram diagram = state.driverDiagram();
            if (diagram.secondaryDriver(c.secondaryDriverId()).isEmpty()) {
                return refused(Refusals.UNKNOWN_SECONDARY_DRIVER, "The driver diagram has no secondary driver "
                        + c.secondaryDriverId() + ".", Fact.of("secondaryDriver", c.secondaryDriverId()));
            }
            return accepted(new ChangeIdeaAddedEvent(new ChangeIdea(diagram.nextChangeIdeaId(), c.secondaryDriverId(), c.text())));
        }
        if (command instanceof PlanPdsaCycleCommand c) {
            return planCycle(state, c, definition);
        }
        if (command instanceof RecordPdsaDoCommand c) {
            return pdsaStep(state, c.cycle(), PdsaCycle.Stage.PLANNED, c.carriedOutOn(), "do",
                    () -> new PdsaDoRecordedEvent(c.cycle(), new Do(c.observations(), c.carriedOutOn())));
        }
        if (command instanceof RecordPdsaStudyCommand c) {
            return pdsaStep(state, c.cycle(), PdsaCycle.Stage.DONE, c.studiedOn(), "study",
                    () -> new PdsaStudyRecordedEvent(c.cycle(), new Study(c.learning(), c.predictionConfirmed(), c.studiedOn())));
        }
        if (command instanceof RecordPdsaActCommand c) {
            return pdsaStep(state, c.cycle(), PdsaCycle.Stage.STUDIED, c.decidedOn(), "act",
                    () -> new PdsaActRecordedEvent(c.cycle(), new Act(c.decision(), c.nextSteps(), c.decidedOn())));
        }
        if (command instanceof AddSpreadSiteCommand c) {
            if (state.spreadSite(c.siteId()).isPresent()) {
                return refused(Refusals.SITE_ALREADY_ADDED, "The site " + c.siteId() + " has already been added.",
                        Fact.of("site", c.siteId()));
            }
            return atLeast(state, Phase.SPREAD_AND_SCALE_UP, definition, "Units and organisations take the Always Event up "
                    + "once it happens reliably at home.",
                    () -> new SpreadSiteAddedEvent(new SpreadSite(c.siteId(), c.name(), c.kind(), c.joinedOn())));
        }
        if (command instanceof RecordSiteMeasurementCommand c) {
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
        if (command instanceof RecordSustainReviewCommand c) {
            if (state.phase() != Phase.SUSTAIN) {
                return refused(Refusals.NOT_YET_IN_PHASE, "Sustain reviews are recorded in the phase \""
                        + definition.phase(Phase.SUSTAIN).name() + "\"; the project is in \""
                        + definition.phase(state.phase()).name() + "\".", Fact.of("phase", state.phase().name()),
                        Fact.of("needs", Phase.SUSTAIN.name()));
            }
            return accepted(new SustainReviewRecordedEvent(new SustainReview(c.reviewedOn(), c.findings(), c.nextReviewBy())));
        }
        if (command instanceof SetProgressScoreCommand c) {
            return accepted(new ProgressScoreSetEvent(c.score(), c.rationale(), c.setOn()));
        }
        if (command instanceof RecordImpactCommand c) {
            List<PartnerId> strangers = notMembers(state, c.saidBy());
            if (!strangers.isEmpty()) {
                return notInTeam(strangers);
            }
            return accepted(new ImpactRecordedEvent(state.impactLog().size() + 1, c.youSaid(), c.weDid(), c.saidBy(),
                    c.recordedOn()));
        }
        if (command instanceof SignOffImpactCommand c) {
            return signOff(state, c);
        }
        if (command instanceof RecordApprovalCommand c) {
            boolean mayApprove = (state.sponsor() != null && state.sponsor().id().equals(c.approvedBy()))
                    || state.oversightMember(c.approvedBy()).isPresent();
            if (!mayApprove) {
                return refused(Refusals.APPROVER_NOT_IN_OVERSIGHT, c.approvedBy() + " is neither the executive sponsor nor "
                        + "in the oversight group, so cannot record an approval.", Fact.of("partner", c.approvedBy().value()));
            }
            return accepted(new ApprovalRecordedEvent(new Approval(c.approval(), c.approvedBy(), c.approvedOn())));
        }
        if (command instanceof PauseProjectCommand c) {
            return accepted(new ProjectPausedEvent(c.reason(), c.on()));
        }
        if (command instanceof ResumeProjectCommand c) {
            if (state.status() != ProjectStatus.PAUSED) {
                return state.status() == ProjectStatus.CLOSED ? new CommandResult.Refused(List.of(statusReason(state, definition)))
                        : refused(Refusals.NOT_PAUSED, "The project is not paused.", Fact.of("status", state.status().name()));
            }
            return accepted(new ProjectResumedEvent(c.on()));
        }
        if (command instanceof CloseProjectCommand c) {
            if (state.status() == ProjectStatus.CLOSED) {
                return new CommandResult.Refused(List.of(statusReason(state, definition)));
            }
            return accepted(new ProjectClosedEvent(c.reason(), c.on()));
        }
        throw new IllegalArgumentException("no rule decides " + command.getClass().getName());
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
