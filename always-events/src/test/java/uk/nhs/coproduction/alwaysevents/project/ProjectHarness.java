package uk.nhs.coproduction.alwaysevents.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.AddChangeIdeaCommand;
import uk.nhs.coproduction.alwaysevents.command.AddPrimaryDriverCommand;
import uk.nhs.coproduction.alwaysevents.command.AddSecondaryDriverCommand;
import uk.nhs.coproduction.alwaysevents.command.AddSpreadSiteCommand;
import uk.nhs.coproduction.alwaysevents.command.AppointExecutiveSponsorCommand;
import uk.nhs.coproduction.alwaysevents.command.AssessCriterionCommand;
import uk.nhs.coproduction.alwaysevents.command.Decider;
import uk.nhs.coproduction.alwaysevents.command.JoinCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.PlanPdsaCycleCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaActCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaDoCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaStudyCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordSiteMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordSustainReviewCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.alwaysevents.command.ResumeProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StateAimCommand;
import uk.nhs.coproduction.alwaysevents.command.StateVisionCommand;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.driver.ChangeIdea;
import uk.nhs.coproduction.alwaysevents.driver.DriverDiagram;
import uk.nhs.coproduction.alwaysevents.driver.SecondaryDriver;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.testing.MutableClock;
import uk.nhs.coproduction.alwaysevents.workflow.Guard;
import uk.nhs.coproduction.alwaysevents.workflow.Transition;
import uk.nhs.coproduction.alwaysevents.workflow.Verdict;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;
import uk.nhs.coproduction.model.validation.ModelValidator;

/**
 * The state of a stateful property: one project driven by random commands through the public
 * service, with the checks every step must pass.
 */
final class ProjectHarness {

    static final WorkflowDefinition DEFINITION = WorkflowDefinition.standard();

    final MutableClock clock = new MutableClock(Instant.parse("2017-01-02T09:00:00Z"));
    final AlwaysEventProjects projects = AlwaysEventProjects.using(new InMemoryEventStore(), DEFINITION, clock);
    final ProjectId id = ProjectId.of("property");
    final Actor actor = Actor.of("qi-lead");
    private LocalDate today = LocalDate.of(2017, 1, 2);
    int recorded;
    int refused;

    LocalDate day() {
        today = today.plusDays(1);
        clock.advance(Duration.ofDays(1));
        return today;
    }

    LocalDate today() {
        return today;
    }

    @Nullable AlwaysEventProject project() {
        return projects.project(id).orElse(null);
    }

    Phase phase() {
        AlwaysEventProject project = project();
        return project == null ? Phase.SET_UP_AND_OVERSIGHT : project.phase();
    }

    /** Handles a command; a command that is not recorded must change nothing. */
    CommandOutcome submit(ProjectCommand command) {
        AlwaysEventProject before = project();
        long versionBefore = projects.store().version(id);
        if (ModelValidator.standard().validate(command).isAccepted()) {
            assertThat(Decider.decide(before, command, DEFINITION)).as("decide is pure")
                    .isEqualTo(Decider.decide(before, command, DEFINITION));
        }

        CommandOutcome outcome = projects.handle(id, actor, command);

        if (outcome instanceof CommandOutcome.Recorded done) {
            recorded++;
            assertThat(done.project().version()).isEqualTo(versionBefore + done.events().size());
            assertThat(project()).isEqualTo(done.project());
        } else {
            refused++;
            assertThat(projects.store().version(id)).as("a refused %s changes nothing", command).isEqualTo(versionBefore);
            assertThat(project()).isEqualTo(before);
        }
        return outcome;
    }

    /** Meets the current phase's conditions with plausible commands, then takes the step forward. */
    void advanceForTests() {
        AlwaysEventProject p = project();
        if (p == null) {
            submit(new StartProjectCommand("Test NHS Trust", "Contact", "Ward 1", day()));
            return;
        }
        if (p.status() == ProjectStatus.PAUSED) {
            submit(new ResumeProjectCommand(day()));
            return;
        }
        switch (p.phase()) {
            case SET_UP_AND_OVERSIGHT -> {
                submit(new AppointExecutiveSponsorCommand(uk.nhs.coproduction.model.partner.PartnerId.of("E-1"), day()));
                joinIfAbsent(p, "P-1", uk.nhs.coproduction.model.partner.Role.PATIENT);
                joinIfAbsent(p, "P-2", uk.nhs.coproduction.model.partner.Role.UNPAID_CARER);
                joinIfAbsent(p, "S-1", uk.nhs.coproduction.model.partner.Role.FRONT_LINE_STAFF);
                submit(new TakeTransitionCommand("understand-what-matters", day()));
            }
            case UNDERSTAND_WHAT_MATTERS -> {
                submit(new RecordWhatMattersCommand(WhatMattersSource.PATIENT_SURVEY, "Calls home", 20, Set.of(), day()));
                submit(new TakeTransitionCommand("co-design", day()));
            }
            case CO_DESIGN -> {
                submit(new StateVisionCommand("We will always be able to call home", day()));
                submit(new StateAimCommand("people on the ward", "a phone within 5 minutes", 95, LocalDate.of(2018, 3, 31)));
                for (uk.nhs.coproduction.alwaysevents.statement.Criterion criterion
                        : uk.nhs.coproduction.alwaysevents.statement.Criterion.values()) {
                    submit(new AssessCriterionCommand(criterion, true, "agreed", day()));
                }
                if (p.driverDiagram().changeIdea("C1").isEmpty()) {
                    submit(new AddPrimaryDriverCommand("Primary"));
                    submit(new AddSecondaryDriverCommand("P1", "Secondary"));
                    submit(new AddChangeIdeaCommand("S1", "Idea"));
                }
                if (!submit(new TakeTransitionCommand("test", day())).isRecorded()) {
                    submit(new TakeTransitionCommand("revisit-what-matters", day()));
                }
            }
            case TEST -> {
                int cycle = p.pdsaCycles().size() + 1;
                submit(new PlanPdsaCycleCommand("C1", "o", "p", "a", "d", day(), null));
                submit(new RecordPdsaDoCommand(cycle, "observed", day()));
                submit(new RecordPdsaStudyCommand(cycle, "learnt", true, day()));
                submit(new RecordPdsaActCommand(cycle, uk.nhs.coproduction.alwaysevents.pdsa.ActDecision.ADOPT, "next", day()));
                measureNewPeriods(6, 12);
                submit(new TakeTransitionCommand("reliably-implement", day()));
            }
            case RELIABLY_IMPLEMENT -> {
                measureNewPeriods(6, 20);
                submit(new TakeTransitionCommand("spread-and-scale-up", day()));
            }
            case SPREAD_AND_SCALE_UP -> {
                if (p.spreadSite("ward-9").isEmpty()) {
                    submit(new AddSpreadSiteCommand("ward-9", "Ward 9", SiteKind.UNIT, day()));
                }
                for (int i = 0; i < 3; i++) {
                    submit(new RecordSiteMeasurementCommand("ward-9", "site-" + (p.siteMeasurements().size() + i), 19, 20));
                }
                measureNewPeriods(1, 20);
                submit(new TakeTransitionCommand("sustain", day()));
            }
            case SUSTAIN -> submit(new RecordSustainReviewCommand("still reliable", day(), null));
        }
    }

    private void joinIfAbsent(AlwaysEventProject p, String id, uk.nhs.coproduction.model.partner.Role role) {
        uk.nhs.coproduction.model.partner.PartnerId partner = uk.nhs.coproduction.model.partner.PartnerId.of(id);
        if (p.coDesignMember(partner).isEmpty()) {
            submit(new JoinCoDesignTeamCommand(partner, Set.of(role), day()));
        }
    }

    private void measureNewPeriods(int periods, int numerator) {
        for (int i = 0; i < periods; i++) {
            AlwaysEventProject p = project();
            submit(new RecordMeasurementCommand("m-" + (p == null ? 0 : p.measurements().size() + 100), numerator, 20));
        }
    }

    /** A command decided on an older version is a conflict, and changes nothing. */
    void submitStale(ProjectCommand command) {
        AlwaysEventProject before = project();
        if (before == null) {
            return;
        }
        CommandOutcome outcome = projects.handle(id, before.version() - 1, actor, command);
        assertThat(outcome).isEqualTo(new CommandOutcome.Conflict(before.version() - 1, before.version()));
        assertThat(project()).isEqualTo(before);
    }

    /** Replaying the log, from the start or from any point, gives the live state. */
    void replayEqualsLive() {
        AlwaysEventProject live = project();
        List<RecordedEvent> events = projects.history(id).events();
        assertThat(AlwaysEventProject.replay(events).orElse(null)).isEqualTo(live);
        if (live == null) {
            return;
        }
        int middle = events.size() / 2;
        AlwaysEventProject prefix = AlwaysEventProject.replay(events.subList(0, Math.max(1, middle))).orElseThrow();
        assertThat(AlwaysEventProject.replay(prefix, events.subList(Math.max(1, middle), events.size()))).contains(live);
        AlwaysEventProject stepByStep = null;
        for (RecordedEvent event : events) {
            stepByStep = AlwaysEventProject.evolve(stepByStep, event);
        }
        assertThat(stepByStep).isEqualTo(live);
        AlwaysEventProjects fresh = AlwaysEventProjects.using(projects.store(), DEFINITION, clock);
        assertThat(fresh.project(id)).contains(live);
    }

    /** The verdict of each transition is the same whatever the order of its guards. */
    void verdictsDoNotDependOnGuardOrder() {
        AlwaysEventProject project = project();
        if (project == null) {
            return;
        }
        for (Transition transition : DEFINITION.transitions()) {
            Verdict declared = DEFINITION.evaluate(transition, project);
            List<Guard> reversed = new ArrayList<>(transition.guards());
            Collections.reverse(reversed);
            List<Guard> shuffled = new ArrayList<>(transition.guards());
            Collections.shuffle(shuffled, new Random(project.version()));
            assertThat(DEFINITION.evaluate(transition.withGuards(reversed), project)).isEqualTo(declared);
            assertThat(DEFINITION.evaluate(transition.withGuards(shuffled), project)).isEqualTo(declared);
        }
    }

    /** What must be true of every reachable state. */
    void invariantsHold() {
        AlwaysEventProject p = project();
        if (p == null) {
            assertThat(projects.store().version(id)).isZero();
            return;
        }
        assertThat(p.version()).isEqualTo(projects.history(id).events().size());
        assertThat(unique(p.coDesignTeam().stream().map(TeamMember::id).toList())).isTrue();
        assertThat(unique(p.oversightGroup().stream().map(TeamMember::id).toList())).isTrue();
        assertThat(unique(p.measurements().stream().map(Measurement::period).toList())).isTrue();
        assertThat(unique(p.spreadSites().stream().map(SpreadSite::siteId).toList())).isTrue();
        DriverDiagram diagram = p.driverDiagram();
        for (SecondaryDriver driver : diagram.secondaryDrivers()) {
            assertThat(diagram.primaryDriver(driver.primaryDriverId())).isPresent();
        }
        for (ChangeIdea idea : diagram.changeIdeas()) {
            assertThat(diagram.secondaryDriver(idea.secondaryDriverId())).isPresent();
        }
        for (int i = 0; i < p.pdsaCycles().size(); i++) {
            PdsaCycle cycle = p.pdsaCycles().get(i);
            assertThat(cycle.number()).isEqualTo(i + 1);
            assertThat(diagram.changeIdea(cycle.changeIdeaId())).isPresent();
        }
        for (int i = 0; i < p.impactLog().size(); i++) {
            assertThat(p.impactLog().get(i).number()).isEqualTo(i + 1);
        }
        for (SiteMeasurement measurement : p.siteMeasurements()) {
            assertThat(p.spreadSite(measurement.siteId())).isPresent();
        }
        Phase expected = Phase.SET_UP_AND_OVERSIGHT;
        for (PhaseChange change : p.phaseHistory()) {
            assertThat(change.from()).isEqualTo(expected);
            Transition transition = DEFINITION.transition(change.transitionId()).orElseThrow();
            assertThat(transition.from()).isEqualTo(change.from());
            assertThat(transition.to()).isEqualTo(change.to());
            expected = change.to();
        }
        assertThat(p.phase()).isEqualTo(expected);
        if (p.phase().compareTo(Phase.TEST) >= 0) {
            assertThat(p.vision()).isNotNull();
            assertThat(p.aim()).isNotNull();
        }
        if (p.phase().compareTo(Phase.UNDERSTAND_WHAT_MATTERS) >= 0) {
            assertThat(p.sponsor()).isNotNull();
        }
        if (p.phase().compareTo(Phase.RELIABLY_IMPLEMENT) >= 0) {
            assertThat(p.pdsaCycles().stream().anyMatch(PdsaCycle::keptTheChange)).isTrue();
        }
        assertThat((p.status() == ProjectStatus.ACTIVE) == (p.statusReason() == null)).isTrue();
    }

    private static <T> boolean unique(List<T> items) {
        Set<T> seen = new HashSet<>(items);
        return seen.size() == items.size();
    }

    @Override
    public String toString() {
        AlwaysEventProject p = project();
        return "ProjectHarness[" + (p == null ? "not started" : p.toString()) + ", recorded " + recorded + ", refused "
                + refused + "]";
    }
}
