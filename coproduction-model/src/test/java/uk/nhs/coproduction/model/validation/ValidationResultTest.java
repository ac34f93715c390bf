package uk.nhs.coproduction.model.validation;

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

/** The methods every result type shares, as {@link ValidationResult} has them (see docs/results.md). */
class ValidationResultTest {

    private static final Violation BLANK = new Violation("title", "must not be blank", "NotBlank");
    private static final Violation EMPTY = new Violation("members", "must not be empty", "NotEmpty");

    @Provide
    Arbitrary<ValidationResult<Integer>> results() {
        Arbitrary<Violation> violation = Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(8),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20), Arbitraries.of("NotBlank", "Size"))
                .as(Violation::new);
        return Arbitraries.oneOf(Arbitraries.integers().map(ValidationResult::accepted),
                violation.list().ofMinSize(1).ofMaxSize(4).map(ValidationResult::refused));
    }

    @Property
    void mappingTheIdentityGivesTheSameResult(@ForAll("results") ValidationResult<Integer> result) {
        assertThat(result.map(Function.identity())).isEqualTo(result);
    }

    @Property
    void mappingComposes(@ForAll("results") ValidationResult<Integer> result) {
        Function<Integer, Long> widen = Integer::longValue;
        Function<Long, String> show = String::valueOf;

        assertThat(result.map(widen).map(show)).isEqualTo(result.map(widen.andThen(show)));
    }

    @Property
    void aRefusalKeepsItsProblemsThroughMapAndFlatMap(@ForAll("results") ValidationResult<Integer> result) {
        assertThat(result.map(String::valueOf).problems()).isEqualTo(result.problems());
        assertThat(result.flatMap(n -> ValidationResult.accepted(n + 1)).problems()).isEqualTo(result.problems());
        assertThat(result.map(String::valueOf).isAccepted()).isEqualTo(result.isAccepted());
    }

    @Property
    void flatMapOfAnAcceptedValueAppliesTheFunction(@ForAll int value) {
        Function<Integer, ValidationResult<String>> next = n -> n % 2 == 0 ? ValidationResult.accepted("even " + n)
                : ValidationResult.refused(List.of(new Violation("n", "must be even", "Even")));

        assertThat(ValidationResult.accepted(value).flatMap(next)).isEqualTo(next.apply(value));
    }

    @Property
    void flatMapWithAcceptedIsTheIdentity(@ForAll("results") ValidationResult<Integer> result) {
        assertThat(result.flatMap(ValidationResult::accepted)).isEqualTo(result);
    }

    @Test
    void anAcceptedResultHasNoProblemsAndGivesItsValue() {
        ValidationResult<String> accepted = ValidationResult.accepted("partnership");

        assertThat(accepted.isAccepted()).isTrue();
        assertThat(accepted.problems()).isEmpty();
        assertThat(accepted.orElseThrow()).isEqualTo("partnership");
        assertThat(accepted.orElseThrow(problems -> new AssertionError(problems))).isEqualTo("partnership");
    }

    @Test
    void aRefusalSortsItsViolationsByPathAndOrElseThrowListsEachOnItsOwnLine() {
        ValidationResult<String> refused = ValidationResult.refused(List.of(BLANK, EMPTY));

        assertThat(refused.isAccepted()).isFalse();
        assertThat(refused.problems()).containsExactly(EMPTY, BLANK);
        assertThatThrownBy(refused::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The value was refused (2 problems):\n  members: must not be empty\n  title: must not be blank");
    }

    @Test
    void orElseThrowWithAFunctionThrowsWhatItMakesOfTheProblems() {
        ValidationResult<String> refused = ValidationResult.refused(List.of(BLANK));

        assertThatThrownBy(() -> refused.orElseThrow(problems -> new IllegalArgumentException("bad: " + problems)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad: [title: must not be blank]");
        assertThatThrownBy(refused::orElseThrow).hasMessage("The value was refused (1 problem):\n  title: must not be blank");
    }

    @Test
    void aRefusalNeedsAViolation() {
        assertThatThrownBy(() -> ValidationResult.refused(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
