package uk.nhs.coproduction.alwaysevents.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A verdict shares the methods of every result type (see docs/results.md). */
class VerdictTest {

    private static final Reason SPONSOR = Reason.of("NO_EXECUTIVE_SPONSOR", "No executive sponsor has been appointed.");
    private static final Reason TEAM = Reason.of("CO_DESIGN_TEAM_INCOMPLETE", "The co-design team has no patient.");
    private static final GuardFailure BROKEN = new GuardFailure("staff-register", "java.lang.IllegalStateException",
            "register down");

    @Test
    void aPermittedVerdictHasNoReasonsOrFailuresAndOrElseThrowGivesIt() {
        Verdict permitted = Verdict.permitted();

        assertThat(permitted.isPermitted()).isTrue();
        assertThat(permitted.reasons()).isEmpty();
        assertThat(permitted.failures()).isEmpty();
        assertThat(permitted.orElseThrow()).isSameAs(permitted);
    }

    @Test
    void orElseThrowOfARefusalListsEachReasonOnItsOwnLineInCodeOrder() {
        Verdict refused = new Verdict.Refused(List.of(SPONSOR, TEAM));

        assertThat(refused.isPermitted()).isFalse();
        assertThat(refused.failures()).isEmpty();
        assertThatThrownBy(refused::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The step was refused (2 reasons):"
                        + "\n  CO_DESIGN_TEAM_INCOMPLETE: The co-design team has no patient."
                        + "\n  NO_EXECUTIVE_SPONSOR: No executive sponsor has been appointed.");
    }

    @Test
    void orElseThrowOfAFailureListsTheBrokenGuardsThenTheReasonsButNotWhatTheExceptionSaid() {
        Verdict failed = new Verdict.Failed(List.of(BROKEN), List.of(SPONSOR));

        assertThat(failed.failures()).containsExactly(BROKEN);
        assertThat(failed.reasons()).containsExactly(SPONSOR);
        assertThatThrownBy(failed::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The step could not be judged (1 guard failure):"
                        + "\n  guard staff-register failed: java.lang.IllegalStateException"
                        + "\n  NO_EXECUTIVE_SPONSOR: No executive sponsor has been appointed.");
    }
}
