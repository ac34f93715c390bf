package uk.nhs.coproduction.benchmarks.workflow;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import reactor.core.publisher.Mono;
import uk.nhs.coproduction.alwaysevents.command.CommandResult;
import uk.nhs.coproduction.alwaysevents.command.Decider;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.DefinitionVersion;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.PhaseChangedEvent;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.TeamMember;
import uk.nhs.coproduction.alwaysevents.workflow.Guard;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/**
 * One guarded, event-recorded transition in memory, three ways, in the same run: the Always Events
 * workflow, Spring Statemachine 4.0 doing the equivalent work, and a minimal hand-written floor.
 * Bean Validation is left out (it checks the command's fields, not the transition).
 *
 * <p>Each operation takes the project one step, alternately forward from set-up to understanding
 * what matters and back again, through two guards (an executive sponsor; a co-design team with
 * lived experience and front-line staff, at least 40% lived experience), and records the event
 * with its project, version, time, actor and definition version:
 *
 * <ul>
 *   <li>{@link #alwaysEvents}: {@code decide} (the definition evaluates every guard), the
 *       {@link RecordedEvent}, {@code evolve} to the next immutable project;</li>
 *   <li>{@link #springStatemachine}: {@code sendEvent} on a started two-state machine whose guard
 *       runs the same two guards and whose action records the same event;</li>
 *   <li>{@link #handWritten}: an enum field, the same checks written inline over precomputed
 *       counts, and one event object.</li>
 * </ul>
 *
 * <p>The project is reset to its starting state every 1,024 steps so its phase history does not
 * grow without bound. Run with {@code -prof gc} for the bytes allocated per transition.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GuardedTransitionBenchmark {

    private WorkflowDefinition definition;
    private DefinitionVersion version;
    private AlwaysEventProject start;
    private AlwaysEventProject project;
    private TakeTransitionCommand forward;
    private TakeTransitionCommand back;
    private int steps;
    private final EventRing ring = new EventRing();

    private StateMachine<Phase, String> machine;
    private Message<String> forwardMessage;
    private Message<String> backMessage;
    private List<Guard> guards;

    private Phase handPhase;
    private long handVersion;
    private boolean handSponsor;
    private int handTeam;
    private int handLived;
    private int handFrontLine;

    /** Builds the project, the definition, the started Spring machine and the hand-written state. */
    @Setup
    public void setUp() throws Exception {
        definition = Projects.backAndForth();
        version = definition.version();
        start = Projects.readyToUnderstand(definition);
        project = start;
        forward = new TakeTransitionCommand("understand-what-matters", Projects.DAY);
        back = new TakeTransitionCommand("revisit-set-up", Projects.DAY);
        guards = definition.transition("understand-what-matters").orElseThrow().guards();
        machine = springMachine();
        machine.startReactively().block();
        forwardMessage = MessageBuilder.withPayload("understand-what-matters").build();
        backMessage = MessageBuilder.withPayload("revisit-set-up").build();
        handPhase = Phase.SET_UP_AND_OVERSIGHT;
        handVersion = start.version();
        handSponsor = start.sponsor() != null;
        handTeam = start.coDesignTeam().size();
        handLived = (int) start.coDesignTeam().stream().filter(TeamMember::hasLivedExperience).count();
        handFrontLine = (int) start.coDesignTeam().stream().filter(TeamMember::isFrontLineStaff).count();
    }

    private StateMachine<Phase, String> springMachine() throws Exception {
        StateMachineBuilder.Builder<Phase, String> builder = StateMachineBuilder.builder();
        builder.configureStates().withStates().initial(Phase.SET_UP_AND_OVERSIGHT).state(Phase.UNDERSTAND_WHAT_MATTERS);
        builder.configureTransitions()
                .withExternal().source(Phase.SET_UP_AND_OVERSIGHT).target(Phase.UNDERSTAND_WHAT_MATTERS)
                .event("understand-what-matters").guard(context -> guardsHold()).action(context -> springRecord(context.getEvent(),
                        Phase.SET_UP_AND_OVERSIGHT, Phase.UNDERSTAND_WHAT_MATTERS))
                .and()
                .withExternal().source(Phase.UNDERSTAND_WHAT_MATTERS).target(Phase.SET_UP_AND_OVERSIGHT)
                .event("revisit-set-up").guard(context -> guardsHold()).action(context -> springRecord(context.getEvent(),
                        Phase.UNDERSTAND_WHAT_MATTERS, Phase.SET_UP_AND_OVERSIGHT));
        return builder.build();
    }

    private long springVersion = 6;

    private boolean guardsHold() {
        for (int i = 0; i < guards.size(); i++) {
            if (!guards.get(i).check(start).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void springRecord(String transition, Phase from, Phase to) {
        ring.record(RecordedEvent.of(Projects.ID, ++springVersion, Projects.CLOCK.instant(), Projects.ACTOR, version,
                new PhaseChangedEvent(transition, from, to, Projects.DAY)));
    }

    /** Stops the Spring machine. */
    @TearDown
    public void tearDown() {
        machine.stopReactively().block();
    }

    /** The Always Events workflow: decide with every guard, record the event, evolve the project. */
    @Benchmark
    public Object alwaysEvents() {
        if ((++steps & 1023) == 0) {
            project = start;
        }
        AlwaysEventProject current = project;
        CommandResult result = Decider.decide(current,
                current.phase() == Phase.SET_UP_AND_OVERSIGHT ? forward : back, definition);
        RecordedEvent event = RecordedEvent.of(Projects.ID, current.version() + 1, Projects.CLOCK.instant(), Projects.ACTOR,
                version, result.orElseThrow().get(0));
        ring.record(event);
        project = AlwaysEventProject.evolve(current, event);
        return project;
    }

    /** Spring Statemachine: the same guarded step and the same event, through {@code sendEvent}. */
    @Benchmark
    public Object springStatemachine() {
        Message<String> message = machine.getState().getId() == Phase.SET_UP_AND_OVERSIGHT ? forwardMessage : backMessage;
        machine.sendEvent(Mono.just(message)).blockLast();
        return ring.latest();
    }

    /** The floor: an enum field, the checks inline, one event object. */
    @Benchmark
    public Object handWritten() {
        boolean forwards = handPhase == Phase.SET_UP_AND_OVERSIGHT;
        if (handSponsor && handLived > 0 && handFrontLine > 0 && handLived * 10 >= handTeam * 4) {
            Phase from = handPhase;
            handPhase = forwards ? Phase.UNDERSTAND_WHAT_MATTERS : Phase.SET_UP_AND_OVERSIGHT;
            ring.record(new HandEvent(++handVersion, from, handPhase));
        }
        return ring.latest();
    }

    /** The hand-written floor's event. */
    record HandEvent(long version, Phase from, Phase to) {
    }
}
