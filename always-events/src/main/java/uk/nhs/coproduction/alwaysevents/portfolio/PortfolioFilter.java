package uk.nhs.coproduction.alwaysevents.portfolio;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.coproduction.alwaysevents.project.Phase;

/**
 * Which rows of a portfolio to keep: projects in any of the areas of focus named (compared without
 * regard to case or surrounding spaces) and in any of the phases named. An empty set of areas or
 * of phases keeps every area or every phase.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param areas the areas of focus to keep; empty for all
 * @param phases the phases to keep; empty for all
 * @since 0.1.0
 * @provisional
 */
public record PortfolioFilter(Set<String> areas, Set<Phase> phases) {

    private static final PortfolioFilter ALL = new PortfolioFilter(Set.of(), Set.of());

    /**
     * Copies the sets.
     *
     * @param areas the areas of focus to keep; empty for all
     * @param phases the phases to keep; empty for all
     */
    public PortfolioFilter {
        Set<String> keys = new TreeSet<>(Comparator.naturalOrder());
        for (String area : Objects.requireNonNull(areas, "areas")) {
            keys.add(key(Objects.requireNonNull(area, "area")));
        }
        areas = Set.copyOf(keys);
        phases = phases.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(phases));
    }

    /** {@return the filter that keeps every row} */
    public static PortfolioFilter all() {
        return ALL;
    }

    /**
     * {@return this filter keeping only {@code areas} (empty for all)}
     *
     * @param areas the areas of focus to keep
     */
    public PortfolioFilter withAreas(Collection<String> areas) {
        return new PortfolioFilter(Set.copyOf(areas), phases);
    }

    /**
     * {@return this filter keeping only {@code phases} (empty for all)}
     *
     * @param phases the phases to keep
     */
    public PortfolioFilter withPhases(Collection<Phase> phases) {
        return new PortfolioFilter(areas, Set.copyOf(phases));
    }

    /**
     * {@return whether {@code row} is kept}
     *
     * @param row a portfolio row
     */
    public boolean keeps(PortfolioRow row) {
        return (areas.isEmpty() || areas.contains(key(row.area()))) && (phases.isEmpty() || phases.contains(row.phase()));
    }

    static String key(String area) {
        return area.strip().toLowerCase(Locale.ROOT);
    }
}
