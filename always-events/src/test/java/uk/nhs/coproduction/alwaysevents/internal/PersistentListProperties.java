package uk.nhs.coproduction.alwaysevents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A persistent list behaves like a copied list: adding to one version, or to two branches of the
 * same version, never changes what any other version holds.
 */
class PersistentListProperties {

    /** One step: which earlier version to start from, and whether to add or replace. */
    record Step(int from, boolean add, int value) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.of(true, true, true, false),
                Arbitraries.integers()).as(Step::new).list().ofMaxSize(80);
    }

    @Property(tries = 200)
    void everyVersionKeepsItsElementsWhateverIsAddedToOthers(@ForAll("steps") List<Step> steps) {
        List<PersistentList<Integer>> versions = new ArrayList<>(List.of(PersistentList.empty()));
        List<List<Integer>> expected = new ArrayList<>(List.of(List.of()));
        for (Step step : steps) {
            int from = step.from() % versions.size();
            PersistentList<Integer> base = versions.get(from);
            List<Integer> copy = new ArrayList<>(expected.get(from));
            if (step.add() || base.isEmpty()) {
                versions.add(base.plus(step.value()));
                copy.add(step.value());
            } else {
                int index = Math.floorMod(step.value(), base.size());
                versions.add(base.with(index, step.value()));
                copy.set(index, step.value());
            }
            expected.add(copy);
        }
        for (int i = 0; i < versions.size(); i++) {
            assertThat(versions.get(i)).containsExactlyElementsOf(expected.get(i));
            assertThat(versions.get(i)).isEqualTo(expected.get(i));
            assertThat(versions.get(i).hashCode()).isEqualTo(expected.get(i).hashCode());
        }
    }

    @Property(tries = 100)
    void withoutRemovesExactlyTheMatchingElements(@ForAll List<@IntRange(min = 0, max = 9) Integer> items) {
        PersistentList<Integer> list = PersistentList.copyOf(items);

        PersistentList<Integer> odd = list.without(i -> i % 2 == 0);

        assertThat(odd).containsExactlyElementsOf(items.stream().filter(i -> i % 2 != 0).toList());
        assertThat(list).containsExactlyElementsOf(items);
    }

    @Test
    void itIsImmutableAndRefusesNulls() {
        PersistentList<String> list = PersistentList.copyOf(List.of("a", "b"));

        assertThatThrownBy(() -> list.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.plus(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(PersistentList.copyOf(list)).isSameAs(list);
        assertThat(list.last()).isEqualTo("b");
    }
}
