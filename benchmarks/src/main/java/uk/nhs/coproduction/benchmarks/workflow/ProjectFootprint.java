package uk.nhs.coproduction.benchmarks.workflow;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import uk.nhs.coproduction.alwaysevents.driver.DriverDiagram;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.ProjectStatus;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.SiteKind;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * The retained size of a live project, measured with JOL: what one more project in memory
 * costs, beyond what every project shares (enum constants, the empty list and diagram) and
 * beyond its events (a project shares its measurements, plans and statements with the events
 * that recorded them). Compared with a started two-state Spring machine.
 *
 * <p>Run: {@code java -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar
 * uk.nhs.coproduction.benchmarks.workflow.ProjectFootprint}
 */
public final class ProjectFootprint {

    private ProjectFootprint() {
    }

    /** Prints the sizes. */
    public static void main(String[] args) throws Exception {
        GraphLayout shared = GraphLayout.parseInstance(sharedByEveryProject().toArray());

        List<RecordedEvent> started = Projects.log(1);
        AlwaysEventProject fresh = AlwaysEventProject.replay(started).orElseThrow();
        report("a started project", fresh, started, shared);

        for (int size : new int[] {6, 100, 1_000, 10_000}) {
            List<RecordedEvent> log = Projects.log(size);
            AlwaysEventProject project = AlwaysEventProject.replay(log).orElseThrow();
            report("a project after " + size + " events", project, log, shared);
        }

        StateMachineBuilder.Builder<Phase, String> builder = StateMachineBuilder.builder();
        builder.configureStates().withStates().initial(Phase.SET_UP_AND_OVERSIGHT).state(Phase.UNDERSTAND_WHAT_MATTERS);
        builder.configureTransitions().withExternal().source(Phase.SET_UP_AND_OVERSIGHT).target(Phase.UNDERSTAND_WHAT_MATTERS)
                .event("understand-what-matters");
        StateMachine<Phase, String> machine = builder.build();
        machine.startReactively().block();
        System.out.printf("%-34s %,9d bytes (whole reachable graph, nothing subtracted)%n", "a started Spring machine",
                GraphLayout.parseInstance(machine).totalSize());
        machine.stopReactively().block();
    }

    private static void report(String what, AlwaysEventProject project, List<RecordedEvent> log, GraphLayout shared) {
        Object[] events = log.toArray();
        GraphLayout both = GraphLayout.parseInstance(project, events);
        GraphLayout eventsOnly = GraphLayout.parseInstance(events);
        long own = both.subtract(eventsOnly).subtract(shared).totalSize();
        long whole = GraphLayout.parseInstance(project).subtract(shared).totalSize();
        System.out.printf("%-30s %,9d bytes beyond its events (%,.1f per event); %,d with what it shares with them; "
                + "the events: %,d%n", what, own, (double) own / log.size(), whole, eventsOnly.subtract(shared).totalSize());
    }

    /** Objects every project points to but none owns. */
    private static List<Object> sharedByEveryProject() {
        List<Object> shared = new ArrayList<>();
        shared.addAll(List.of(Phase.values()));
        shared.addAll(List.of(ProjectStatus.values()));
        shared.addAll(List.of(Role.values()));
        shared.addAll(List.of(Criterion.values()));
        shared.addAll(List.of(ActDecision.values()));
        shared.addAll(List.of(WhatMattersSource.values()));
        shared.addAll(List.of(SiteKind.values()));
        shared.add(DriverDiagram.empty());
        return shared;
    }
}
