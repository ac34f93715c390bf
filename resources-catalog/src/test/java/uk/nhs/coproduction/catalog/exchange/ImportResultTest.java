package uk.nhs.coproduction.catalog.exchange;

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

/** The methods every result type shares, as {@link ImportResult} has them (see docs/results.md). */
class ImportResultTest {

    private static final ImportError KIND = new ImportError(3, "kind", "must be one of guide, toolkit");
    private static final ImportError TITLE = new ImportError(4, "title", "is required");

    @Provide
    Arbitrary<ImportResult<Integer>> results() {
        Arbitrary<ImportError> error = Combinators.combine(Arbitraries.integers().between(0, 99),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)).as(ImportError::new);
        return Arbitraries.oneOf(Arbitraries.integers().map(ImportResult::accepted),
                error.list().ofMinSize(1).ofMaxSize(4).map(ImportResult::refused));
    }

    @Property
    void mappingTheIdentityGivesTheSameResult(@ForAll("results") ImportResult<Integer> result) {
        assertThat(result.map(Function.identity())).isEqualTo(result);
    }

    @Property
    void mappingComposes(@ForAll("results") ImportResult<Integer> result) {
        Function<Integer, Long> widen = Integer::longValue;
        Function<Long, String> show = String::valueOf;

        assertThat(result.map(widen).map(show)).isEqualTo(result.map(widen.andThen(show)));
    }

    @Property
    void aRefusalKeepsItsProblemsThroughMapAndFlatMap(@ForAll("results") ImportResult<Integer> result) {
        assertThat(result.map(String::valueOf).problems()).isEqualTo(result.problems());
        assertThat(result.flatMap(n -> ImportResult.accepted(n + 1)).problems()).isEqualTo(result.problems());
        assertThat(result.map(String::valueOf).isAccepted()).isEqualTo(result.isAccepted());
    }

    @Property
    void flatMapOfAnAcceptedValueAppliesTheFunction(@ForAll int value) {
        Function<Integer, ImportResult<String>> next = n -> n % 2 == 0 ? ImportResult.accepted("even " + n)
                : ImportResult.refused(List.of(new ImportError(1, "n", "is odd")));

        assertThat(ImportResult.accepted(value).flatMap(next)).isEqualTo(next.apply(value));
    }

    @Property
    void flatMapWithAcceptedIsTheIdentity(@ForAll("results") ImportResult<Integer> result) {
        assertThat(result.flatMap(ImportResult::accepted)).isEqualTo(result);
    }

    @Test
    void anAcceptedImportHasNoProblemsAndGivesItsValue() {
        ImportResult<String> accepted = ImportResult.accepted("catalogue");

        assertThat(accepted.isAccepted()).isTrue();
        assertThat(accepted.problems()).isEmpty();
        assertThat(accepted.orElseThrow()).isEqualTo("catalogue");
        assertThat(accepted.orElseThrow(problems -> new AssertionError(problems))).isEqualTo("catalogue");
    }

    @Test
    void orElseThrowOfARefusalThrowsAnIllegalStateExceptionListingEachErrorOnItsOwnLine() {
        ImportResult<String> refused = ImportResult.refused(List.of(KIND, TITLE));

        assertThat(refused.isAccepted()).isFalse();
        assertThat(refused.problems()).containsExactly(KIND, TITLE);
        assertThatThrownBy(refused::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The import was refused (2 problems):\n  row 3, column kind: must be one of guide, toolkit"
                        + "\n  row 4, column title: is required");
    }

    @Test
    void orElseThrowWithAFunctionThrowsWhatItMakesOfTheErrors() {
        ImportResult<String> refused = ImportResult.refused(List.of(TITLE));

        assertThatThrownBy(() -> refused.orElseThrow(problems -> new IllegalArgumentException("bad: " + problems)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad: [row 4, column title: is required]");
    }

    @Test
    void aRefusalNeedsAnError() {
        assertThatThrownBy(() -> ImportResult.refused(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
