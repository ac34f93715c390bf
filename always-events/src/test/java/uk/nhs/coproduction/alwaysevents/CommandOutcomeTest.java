package uk.nhs.coproduction.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StateVisionCommand;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.alwaysevents.workflow.GuardFailure;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.model.validation.Violation;

/** The outcome of handling a command shares the methods of every result type (see docs/results.md). */
class CommandOutcomeTest {

    private static final Reason CLOSED = Reason.of("PROJECT_CLOSED", "The project is closed.");

    @Test
    void orElseThrowOfARecordedOutcomeGivesIt() {
        Scenario s = Scenario.inMemory();
        CommandOutcome outcome = s.attempt(new StartProjectCommand(
                "Trust", "Title", "Ward", s.day()));

        assertThat(outcome.isRecorded()).isTrue();
        assertThat(outcome.reasons()).isEmpty();
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.orElseThrow()).isSameAs(outcome);
        assertThat(outcome.orElseThrow().project().version()).isEqualTo(1);
    }

    @Test
    void orElseThrowOfAnInvalidCommandListsEachViolationOnItsOwnLine() {
        Scenario s = Scenario.inMemory().understanding();
        CommandOutcome outcome = s.attempt(new StateVisionCommand(" ", s.day()));

        assertThat(outcome).isInstanceOf(CommandOutcome.Invalid.class);
        List<Violation> violations = ((CommandOutcome.Invalid) outcome).violations();
        assertThat(outcome.reasons()).isEmpty();
        assertThatThrownBy(outcome::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The command was refused (" + violations.size() + (violations.size() == 1 ? " problem" : " problems")
                        + "):" + violations.stream().map(v -> "\n  " + v).reduce("", String::concat));
    }

    @Test
    void orElseThrowOfAConflictNamesBothVersions() {
        assertThatThrownBy(new CommandOutcome.Conflict(3, 4)::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The command was decided on version 3 but the project is at version 4.");
    }

    @Test
    void orElseThrowOfARefusalListsEachReasonAndOfAFailureEachBrokenGuard() {
        CommandOutcome refused = new CommandOutcome.Refused(List.of(CLOSED));
        CommandOutcome failed = new CommandOutcome.Failed(
                List.of(new GuardFailure("register", "java.lang.IllegalStateException", "secret detail")), List.of());

        assertThat(refused.reasons()).containsExactly(CLOSED);
        assertThat(refused.failures()).isEmpty();
        assertThatThrownBy(refused::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The command was refused (1 reason):\n  PROJECT_CLOSED: The project is closed.");
        assertThat(failed.failures()).extracting(GuardFailure::guardKind).containsExactly("register");
        assertThatThrownBy(failed::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The command could not be judged (1 guard failure):"
                        + "\n  guard register failed: java.lang.IllegalStateException");
    }
}
