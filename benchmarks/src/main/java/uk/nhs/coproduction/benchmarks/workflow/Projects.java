package uk.nhs.coproduction.benchmarks.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.*;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;
import uk.nhs.coproduction.alwaysevents.project.*;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.workflow.Guard;
import uk.nhs.coproduction.alwaysevents.workflow.Transition;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/** Projects and logs for the benchmarks, built through the public API. */
final class Projects {

    static final ProjectId ID = ProjectId.of("benchmark");
    static final Actor ACTOR = Actor.of("qi-lead");
    static final LocalDate DAY = LocalDate.of(2017, 1, 2);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2017-01-02T09:00:00Z"), ZoneOffset.UTC);

    /**
     * The standard definition plus a step back from understanding what matters to set-up, with the
     * same guards as the step forward, so a project can go back and forth through guarded steps.
     */
    static WorkflowDefinition backAndForth() {
        WorkflowDefinition standard = WorkflowDefinition.standard();
        List<Guard> guards = standard.transition("understand-what-matters").orElseThrow().guards();
        return standard.withTransition(Transition.of("revisit-set-up", "Revisit set-up", Phase.UNDERSTAND_WHAT_MATTERS,
                Phase.SET_UP_AND_OVERSIGHT, guards));
    }

    /** A project in set-up with a sponsor and a co-design team of two people with lived experience and two front-line staff. */
    static AlwaysEventProject readyToUnderstand(WorkflowDefinition definition) {
        AlwaysEventProjects projects = AlwaysEventProjects.using(new InMemoryEventStore(), definition, CLOCK);
        readyToUnderstand(projects);
        return projects.project(ID).orElseThrow();
    }

    /**
     * A log of {@code size} events of a busy project: set-up, what matters, the Always Event, a
     * driver diagram, then PDSA cycles, monthly measurements and steps back and forth between
     * testing and reliable implementation, in the mix a long-running project records.
     */
    static List<RecordedEvent> log(int size) {
        AlwaysEventProjects projects = AlwaysEventProjects.using(new InMemoryEventStore(), WorkflowDefinition.standard(), CLOCK)
                .withSnapshotEvery(0);
        readyToUnderstand(projects);
        send(projects, new TakeTransitionCommand("understand-what-matters", DAY));
        send(projects, new RecordWhatMattersCommand(WhatMattersSource.PATIENT_SURVEY, "Calls home", 20, Set.of(), DAY));
        send(projects, new TakeTransitionCommand("co-design", DAY));
        send(projects, new StateVisionCommand("We will always be able to call home", DAY));
        send(projects, new StateAimCommand("people on the ward", "a phone within 5 minutes", 95, DAY.plusYears(1)));
        for (Criterion criterion : Criterion.values()) {
            send(projects, new AssessCriterionCommand(criterion, true, "agreed", DAY));
        }
        send(projects, new AddPrimaryDriverCommand("Equipment is ready"));
        send(projects, new AddSecondaryDriverCommand("P1", "Charged in one place"));
        send(projects, new AddChangeIdeaCommand("S1", "Charging station"));
        send(projects, new TakeTransitionCommand("test", DAY));
        int period = 0;
        while (projects.store().version(ID) < size) {
            AlwaysEventProject project = projects.project(ID).orElseThrow();
            if (project.phase() == Phase.TEST) {
                int cycle = project.pdsaCycles().size() + 1;
                send(projects, new PlanPdsaCycleCommand("C1", "o", "p", "a", "d", DAY, null));
                send(projects, new RecordPdsaDoCommand(cycle, "observed", DAY));
                send(projects, new RecordPdsaStudyCommand(cycle, "learnt", true, DAY));
                send(projects, new RecordPdsaActCommand(cycle, ActDecision.ADOPT, "next", DAY));
                for (int i = 0; i < 6; i++) {
                    send(projects, new RecordMeasurementCommand("m-" + period++, 19, 20));
                }
                send(projects, new TakeTransitionCommand("reliably-implement", DAY));
            } else {
                for (int i = 0; i < 4; i++) {
                    send(projects, new RecordMeasurementCommand("m-" + period++, 20, 20));
                }
                send(projects, new TakeTransitionCommand("return-to-testing", DAY));
            }
        }
        return projects.history(ID).events().subList(0, size);
    }

    private static void readyToUnderstand(AlwaysEventProjects projects) {
        send(projects, new StartProjectCommand("Benchmark NHS Trust", "Contact", "Ward 1", DAY));
        send(projects, new AppointExecutiveSponsorCommand(PartnerId.of("E-01"), DAY));
        send(projects, new JoinCoDesignTeamCommand(PartnerId.of("P-01"), Set.of(Role.PATIENT), DAY));
        send(projects, new JoinCoDesignTeamCommand(PartnerId.of("C-01"), Set.of(Role.UNPAID_CARER), DAY));
        send(projects, new JoinCoDesignTeamCommand(PartnerId.of("S-01"), Set.of(Role.FRONT_LINE_STAFF), DAY));
        send(projects, new JoinCoDesignTeamCommand(PartnerId.of("S-02"), Set.of(Role.FRONT_LINE_STAFF), DAY));
    }

    private static void send(AlwaysEventProjects projects, ProjectCommand command) {
        CommandOutcome outcome = projects.handle(ID, ACTOR, command);
        if (!outcome.isRecorded()) {
            throw new IllegalStateException("the benchmark's project refused " + command + ": " + outcome);
        }
    }

    private Projects() {
    }
}
