package uk.nhs.coproduction.model.json;

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

/** The methods every result type shares, as {@link JsonResult} has them (see docs/results.md). */
class JsonResultTest {

    private static final JsonProblem MISSING = new JsonProblem("members", new TextPosition(3, 5), "is required");
    private static final JsonProblem UNKNOWN = new JsonProblem("colour", null, "is not a known field");

    @Provide
    Arbitrary<JsonResult<Integer>> results() {
        Arbitrary<JsonProblem> problem = Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(8),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)).as((f, m) -> new JsonProblem(f, null, m));
        return Arbitraries.oneOf(Arbitraries.integers().map(JsonResult::accepted),
                problem.list().ofMinSize(1).ofMaxSize(4).map(JsonResult::refused));
    }

    @Property
    void mappingTheIdentityGivesTheSameResult(@ForAll("results") JsonResult<Integer> result) {
        assertThat(result.map(Function.identity())).isEqualTo(result);
    }

    @Property
    void mappingComposes(@ForAll("results") JsonResult<Integer> result) {
        Function<Integer, Long> widen = Integer::longValue;
        Function<Long, String> show = String::valueOf;

        assertThat(result.map(widen).map(show)).isEqualTo(result.map(widen.andThen(show)));
    }

    @Property
    void aRefusalKeepsItsProblemsThroughMapAndFlatMap(@ForAll("results") JsonResult<Integer> result) {
        assertThat(result.map(String::valueOf).problems()).isEqualTo(result.problems());
        assertThat(result.flatMap(n -> JsonResult.accepted(n + 1)).problems()).isEqualTo(result.problems());
        assertThat(result.map(String::valueOf).isAccepted()).isEqualTo(result.isAccepted());
    }

    @Property
    void flatMapOfAnAcceptedValueAppliesTheFunction(@ForAll int value) {
        Function<Integer, JsonResult<String>> next = n -> n % 2 == 0 ? JsonResult.accepted("even " + n)
                : JsonResult.refused(List.of(new JsonProblem("n", null, "is odd")));

        assertThat(JsonResult.accepted(value).flatMap(next)).isEqualTo(next.apply(value));
    }

    @Property
    void flatMapWithAcceptedIsTheIdentity(@ForAll("results") JsonResult<Integer> result) {
        assertThat(result.flatMap(JsonResult::accepted)).isEqualTo(result);
    }

    @Test
    void anAcceptedResultHasNoProblemsAndGivesItsValue() {
        JsonResult<String> accepted = JsonResult.accepted("partnership");

        assertThat(accepted.isAccepted()).isTrue();
        assertThat(accepted.problems()).isEmpty();
        assertThat(accepted.orElseThrow()).isEqualTo("partnership");
        assertThat(accepted.orElseThrow(problems -> new AssertionError(problems))).isEqualTo("partnership");
    }

    @Test
    void orElseThrowOfARefusalThrowsAnIllegalStateExceptionListingEachProblemOnItsOwnLine() {
        JsonResult<String> refused = JsonResult.refused(List.of(MISSING, UNKNOWN));

        assertThat(refused.isAccepted()).isFalse();
        assertThatThrownBy(refused::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .isInstanceOf(JsonDocumentException.class)
                .hasMessage("The JSON document was refused (2 problems):\n  line 3, column 5, members: is required"
                        + "\n  colour: is not a known field")
                .satisfies(e -> assertThat(((JsonDocumentException) e).problems()).containsExactly(MISSING, UNKNOWN));
    }

    @Test
    void orElseThrowWithAFunctionThrowsWhatItMakesOfTheProblems() {
        JsonResult<String> refused = JsonResult.refused(List.of(UNKNOWN));

        assertThatThrownBy(() -> refused.orElseThrow(problems -> new IllegalArgumentException("bad: " + problems)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad: [colour: is not a known field]");
    }

    @Test
    void aRefusalNeedsAProblem() {
        assertThatThrownBy(() -> JsonResult.refused(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
