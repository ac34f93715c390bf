package uk.nhs.coproduction.alwaysevents.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The methods every result type shares, as {@link Outcome} has them (see docs/results.md). */
class OutcomeTest {

    private static final Problem EMPTY = new Problem(Problem.Kind.EMPTY_SERIES, "The series has no points.", 0, null);
    private static final Problem NEGATIVE = new Problem(Problem.Kind.NEGATIVE_COUNT, "Point 2 (2024-02) has a negative count.",
            2, "2024-02");

    @Provide
    Arbitrary<Outcome<Integer>> outcomes() {
        Arbitrary<Problem> problem = Combinators.combine(Arbitraries.of(Problem.Kind.class),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)).as((k, m) -> new Problem(k, m, 0, null));
        return Arbitraries.oneOf(Arbitraries.integers().map(Outcome::accepted),
                problem.list().ofMinSize(1).ofMaxSize(4).map(Outcome::refused));
    }

    @Property
    void mappingTheIdentityGivesTheSameOutcome(@ForAll("outcomes") Outcome<Integer> outcome) {
        assertThat(outcome.map(Function.identity())).isEqualTo(outcome);
    }

    @Property
    void mappingComposes(@ForAll("outcomes") Outcome<Integer> outcome) {
        Function<Integer, Long> widen = Integer::longValue;
        Function<Long, String> show = String::valueOf;

        assertThat(outcome.map(widen).map(show)).isEqualTo(outcome.map(widen.andThen(show)));
    }

    @Property
    void aRefusalKeepsItsProblemsThroughMapAndFlatMap(@ForAll("outcomes") Outcome<Integer> outcome) {
        assertThat(outcome.map(String::valueOf).problems()).isEqualTo(outcome.problems());
        assertThat(outcome.flatMap(n -> Outcome.accepted(n + 1)).problems()).isEqualTo(outcome.problems());
        assertThat(outcome.map(String::valueOf).isAccepted()).isEqualTo(outcome.isAccepted());
    }

    @Property
    void flatMapOfAnAcceptedValueAppliesTheFunction(@ForAll int value) {
        Function<Integer, Outcome<String>> next = n -> n % 2 == 0 ? Outcome.accepted("even " + n) : Outcome.refused(List.of(EMPTY));

        assertThat(Outcome.accepted(value).flatMap(next)).isEqualTo(next.apply(value));
    }

    @Property
    void flatMapWithAcceptedIsTheIdentity(@ForAll("outcomes") Outcome<Integer> outcome) {
        assertThat(outcome.flatMap(Outcome::accepted)).isEqualTo(outcome);
    }

    @Test
    void anAcceptedOutcomeHasNoProblemsAndGivesItsValue() {
        Outcome<String> accepted = Outcome.accepted("chart");

        assertThat(accepted.isAccepted()).isTrue();
        assertThat(accepted.problems()).isEmpty();
        assertThat(accepted.accepted()).contains("chart");
        assertThat(accepted.orElseThrow()).isEqualTo("chart");
        assertThat(accepted.orElseThrow(problems -> new AssertionError(problems))).isEqualTo("chart");
    }

    @Test
    void orElseThrowOfARefusalThrowsAnIllegalStateExceptionListingEachProblemOnItsOwnLine() {
        Outcome<String> refused = Outcome.refused(List.of(EMPTY, NEGATIVE));

        assertThat(refused.isAccepted()).isFalse();
        assertThat(refused.accepted()).isEmpty();
        assertThatThrownBy(refused::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The input was refused (2 problems):\n  The series has no points."
                        + "\n  Point 2 (2024-02) has a negative count.");
        assertThatThrownBy(() -> refused.orElseThrow(problems -> new IllegalArgumentException(problems.size() + " problems")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 problems");
    }
}
