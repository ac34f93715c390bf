package uk.nhs.coproduction.benchmarks.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import reactor.core.publisher.Mono;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.MeasurementRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.PhaseChangedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectEvent;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;

/**
 * Rebuilding a project from its log of {@value #EVENTS} events (a busy project's mix: PDSA
 * cycles, monthly measurements, steps between testing and reliable implementation), reported per
 * event, three ways in the same run:
 *
 * <ul>
 *   <li>{@link #alwaysEvents}: {@code AlwaysEventProject.replay}, which builds the same immutable
 *       project as live evolution;</li>
 *   <li>{@link #springStatemachine}: a new two-state Spring machine, started, with every phase
 *       change sent to it and every other event kept in its extended state (Spring has no replay
 *       of its own; this is the equivalent work);</li>
 *   <li>{@link #handWritten}: one loop that sets a phase field and adds the other events to a
 *       list.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReplayBenchmark {

    /** Events in the log. */
    public static final int EVENTS = 10_000;

    private List<RecordedEvent> log;

    /** Builds the log through the public API. */
    @Setup
    public void setUp() {
        log = Projects.log(EVENTS);
    }

    /** The Always Events replay. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public AlwaysEventProject alwaysEvents() {
        return AlwaysEventProject.replay(log).orElseThrow();
    }

    /** Spring Statemachine fed the same events. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object springStatemachine() throws Exception {
        StateMachineBuilder.Builder<Phase, String> builder = StateMachineBuilder.builder();
        var states = builder.configureStates().withStates().initial(Phase.SET_UP_AND_OVERSIGHT);
        for (Phase phase : Phase.values()) {
            states.state(phase);
        }
        var transitions = builder.configureTransitions();
        for (Phase from : Phase.values()) {
            for (Phase to : Phase.values()) {
                if (from != to) {
                    transitions.withExternal().source(from).target(to).event(from + ">" + to).and();
                }
            }
        }
        StateMachine<Phase, String> machine = builder.build();
        machine.startReactively().block();
        List<ProjectEvent> facts = new ArrayList<>();
        machine.getExtendedState().getVariables().put("events", facts);
        for (int i = 0; i < log.size(); i++) {
            ProjectEvent event = log.get(i).event();
            if (event instanceof PhaseChangedEvent change) {
                machine.sendEvent(Mono.just(MessageBuilder.withPayload(change.from() + ">" + change.to()).build())).blockLast();
            } else {
                facts.add(event);
            }
        }
        return machine.getState().getId();
    }

    /** The floor: a phase field and a list. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object handWritten() {
        Phase phase = Phase.SET_UP_AND_OVERSIGHT;
        List<ProjectEvent> facts = new ArrayList<>();
        int measured = 0;
        for (int i = 0; i < log.size(); i++) {
            ProjectEvent event = log.get(i).event();
            if (event instanceof PhaseChangedEvent change) {
                phase = change.to();
            } else {
                if (event instanceof MeasurementRecordedEvent) {
                    measured++;
                }
                facts.add(event);
            }
        }
        return phase.ordinal() + facts.size() + measured;
    }
}
