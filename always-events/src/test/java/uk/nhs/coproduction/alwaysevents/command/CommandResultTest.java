package uk.nhs.coproduction.alwaysevents.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.workflow.GuardFailure;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/** A command's result shares the methods of every result type (see docs/results.md). */
class CommandResultTest {

    private static final Reason CLOSED = Reason.of("PROJECT_CLOSED", "The project is closed.");

    @Test
    void anAcceptedCommandGivesItsEventsAndHasNoReasonsOrFailures() {
        CommandResult result = Decider.decide(null,
                new StartProjectCommand("Trust", "Title", "Ward", LocalDate.of(2016, 10, 3)), WorkflowDefinition.standard());

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.reasons()).isEmpty();
        assertThat(result.failures()).isEmpty();
        assertThat(result.orElseThrow()).isEqualTo(((CommandResult.Accepted) result).events()).isNotEmpty();
    }

    @Test
    void orElseThrowOfARefusalListsEachReason() {
        CommandResult refused = Decider.decide(null, new RecordMeasurementCommand("2017-01", 1, 2),
                WorkflowDefinition.standard());

        assertThat(refused).isInstanceOf(CommandResult.Refused.class);
        assertThat(refused.reasons()).extracting(Reason::code).containsExactly("PROJECT_NOT_STARTED");
        assertThatThrownBy(refused::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The command was refused (1 reason):\n  " + refused.reasons().get(0));
    }

    @Test
    void orElseThrowOfAFailureNamesTheGuardButNotWhatTheExceptionSaid() {
        CommandResult failed = new CommandResult.Failed(
                List.of(new GuardFailure("register", "java.lang.IllegalStateException", "secret detail")), List.of(CLOSED));

        assertThat(failed.isAccepted()).isFalse();
        assertThat(failed.failures()).extracting(GuardFailure::guardKind).containsExactly("register");
        assertThat(failed.reasons()).containsExactly(CLOSED);
        assertThatThrownBy(failed::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The command could not be judged (1 guard failure):"
                        + "\n  guard register failed: java.lang.IllegalStateException"
                        + "\n  PROJECT_CLOSED: The project is closed.");
    }
}
