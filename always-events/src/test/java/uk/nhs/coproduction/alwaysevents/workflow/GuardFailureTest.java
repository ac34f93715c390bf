package uk.nhs.coproduction.alwaysevents.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;

/** A guard that breaks is a failure, a distinct outcome, never "not permitted". */
class GuardFailureTest {

    private static final WorkflowDefinition STANDARD = WorkflowDefinition.standard();

    private record Broken(GuardSpec spec, RuntimeException thrown) implements Guard {
        @Override
        public String description() {
            return "Asks a register that is down.";
        }

        @Override
        public List<Reason> check(AlwaysEventProject project) {
            throw thrown;
        }
    }

    private record Silent(GuardSpec spec) implements Guard {
        @Override
        public String description() {
            return "Answers nothing.";
        }

        @Override
        @SuppressWarnings("NullAway")
        public List<Reason> check(AlwaysEventProject project) {
            return null;
        }
    }

    private static WorkflowDefinition withGuard(Guard guard) {
        return STANDARD.withGuard("understand-what-matters", guard);
    }

    @Test
    void aGuardThatThrowsGivesAFailedVerdictThatKeepsTheOtherReasons() {
        WorkflowDefinition definition = withGuard(new Broken(GuardSpec.of("staff-register"), new IllegalStateException("register down")));
        AlwaysEventProject project = Scenario.using(new InMemoryEventStore(), definition).started().project();

        Verdict verdict = definition.evaluate("understand-what-matters", project);

        assertThat(verdict).isInstanceOf(Verdict.Failed.class);
        assertThat(verdict.isPermitted()).isFalse();
        Verdict.Failed failed = (Verdict.Failed) verdict;
        assertThat(failed.failures()).containsExactly(new GuardFailure("staff-register", "java.lang.IllegalStateException",
                "register down"));
        assertThat(failed.reasons()).extracting(Reason::code).contains("NO_EXECUTIVE_SPONSOR");
    }

    @Test
    void aGuardThatThrowsWhenEveryOtherConditionHoldsIsStillAFailureNotAPermission() {
        WorkflowDefinition definition = withGuard(new Broken(GuardSpec.of("staff-register"), new IllegalStateException("down")));
        Scenario s = Scenario.using(new InMemoryEventStore(), definition).setUp();

        CommandOutcome outcome = s.attempt(new TakeTransitionCommand("understand-what-matters", s.day()));

        assertThat(outcome).isInstanceOf(CommandOutcome.Failed.class);
        assertThat(((CommandOutcome.Failed) outcome).reasons()).isEmpty();
        assertThat(s.project().phase()).isEqualTo(Phase.SET_UP_AND_OVERSIGHT);
        assertThat(s.project().version()).isEqualTo(6);
    }

    @Test
    void orElseThrowOfAFailureNamesTheGuardAndWhatItThrewButNeverTheExceptionsMessage() {
        WorkflowDefinition definition = withGuard(new Broken(GuardSpec.of("staff-register"),
                new IllegalStateException("register down for Ada Example")));
        Scenario s = Scenario.using(new InMemoryEventStore(), definition).started();

        Verdict verdict = definition.evaluate("understand-what-matters", s.project());
        CommandOutcome outcome = s.attempt(new TakeTransitionCommand("understand-what-matters", s.day()));

        assertThat(verdict.failures()).extracting(GuardFailure::guardKind).containsExactly("staff-register");
        assertThat(outcome.failures()).isEqualTo(verdict.failures());
        assertThat(outcome.reasons()).isEqualTo(verdict.reasons());
        assertThatThrownBy(verdict::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The step could not be judged (1 guard failure):\n"
                        + "  guard staff-register failed: java.lang.IllegalStateException\n  NO_EXECUTIVE_SPONSOR: ")
                .hasMessageNotContaining("Ada")
                .hasMessageNotContaining("register down");
        assertThatThrownBy(outcome::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The command could not be judged (1 guard failure):\n"
                        + "  guard staff-register failed: java.lang.IllegalStateException\n  NO_EXECUTIVE_SPONSOR: ")
                .hasMessageNotContaining("Ada");
    }

    @Test
    void aGuardThatAnswersNullIsAFailure() {
        WorkflowDefinition definition = withGuard(new Silent(GuardSpec.of("silent")));
        AlwaysEventProject project = Scenario.using(new InMemoryEventStore(), definition).setUp().project();

        Verdict verdict = definition.evaluate("understand-what-matters", project);

        assertThat(verdict).isEqualTo(new Verdict.Failed(List.of(new GuardFailure("silent", "no answer", "the guard returned null")),
                List.of()));
    }

    @Test
    void theAvailableTransitionsShowTheFailure() {
        WorkflowDefinition definition = withGuard(new Broken(GuardSpec.of("staff-register"), new IllegalArgumentException()));
        AlwaysEventProject project = Scenario.using(new InMemoryEventStore(), definition).setUp().project();

        List<TransitionOption> options = definition.availableTransitions(project);

        assertThat(options).singleElement().satisfies(o -> assertThat(o.verdict()).isInstanceOf(Verdict.Failed.class));
        assertThat(((Verdict.Failed) options.get(0).verdict()).failures().get(0).detail()).isEmpty();
    }
}
