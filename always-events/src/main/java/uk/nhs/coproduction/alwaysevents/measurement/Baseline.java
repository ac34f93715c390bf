package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which points set the centre line and limits, and where the chart starts again. Point numbers
 * are 1-based. The options follow the tools QI teams compare us with; where the tools differ,
 * the choice is stated here:
 *
 * <ul>
 *   <li>{@link #withFreeze(int) freeze k} (qicharts2 {@code freeze}): the centre line and limits come
 *       from points 1..k and apply to every point; the rules still look at every point, which is
 *       how a shift after a change is detected. Freeze cannot be combined with parts or rebasing
 *       (qicharts2 silently ignores freeze there; we refuse instead), nor with fix-after.</li>
 *   <li>{@link #withFixAfter(int) fix after n} (NHSRplotthedots {@code fix_after_n_points}): the
 *       first n points of <em>each</em> part set its centre and limits. Unlike NHSRplotthedots we
 *       do not require n &ge; 12; a part with fewer than 13 points is reported as having trial
 *       limits ({@link PartSummary#trialLimits()}).</li>
 *   <li>{@link #withPartsAfter(int...) parts} (qicharts2 {@code part}): a new part starts after each
 *       given point; every part is a chart of its own with its own centre, limits and rules.</li>
 *   <li>{@link #withRebaseAt(String...) rebase at periods} (NHSRplotthedots {@code rebase}): a new
 *       part starts at each given period. A period that is not in the series is refused
 *       (NHSRplotthedots silently ignores it).</li>
 *   <li>{@link #withExcluded(int...) exclude} (qicharts2 {@code exclude}): the points still show
 *       and are still tested against the limits, but do not feed the centre line, the limits or
 *       the run and pattern rules. A moving range is formed across an excluded point (its
 *       neighbours become adjacent), never across a missing one.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe. Numbers are checked against the series when it is
 * analysed: a number outside it is refused then, naming the option.
 *
 * @since 0.1.0
 */
public final class Baseline {

    /** Marks an option that was not given. */
    static final int NOT_SET = Integer.MIN_VALUE;

    private static final Baseline WHOLE = new Baseline(NOT_SET, NOT_SET, new int[0], List.of(), new int[0]);

    private final int freeze;
    private final int fixAfter;
    private final int[] partsAfter;
    private final List<String> rebasePeriods;
    private final int[] excluded;

    private Baseline(int freeze, int fixAfter, int[] partsAfter, List<String> rebasePeriods, int[] excluded) {
        this.freeze = freeze;
        this.fixAfter = fixAfter;
        this.partsAfter = partsAfter;
        this.rebasePeriods = rebasePeriods;
        this.excluded = excluded;
    }

    /** {@return every point is in the baseline, in one part} */
    public static Baseline whole() {
        return WHOLE;
    }

    /**
     * {@return points 1..{@code k} set the centre line and limits for every point}
     *
     * @param k how many points from the start form the baseline
     */
    public Baseline withFreeze(int k) {
        return new Baseline(k, fixAfter, partsAfter, rebasePeriods, excluded);
    }

    /**
     * {@return the first {@code n} points of each part set its centre line and limits}
     *
     * @param n how many points at the start of each part form its baseline
     */
    public Baseline withFixAfter(int n) {
        return new Baseline(freeze, n, partsAfter, rebasePeriods, excluded);
    }

    /**
     * {@return a new part starts after each of these 1-based point numbers}
     *
     * @param lastPointsOfParts the 1-based number of the last point of each part but the last
     */
    public Baseline withPartsAfter(int... lastPointsOfParts) {
        return new Baseline(freeze, fixAfter, sortedUnique(lastPointsOfParts), rebasePeriods, excluded);
    }

    /**
     * {@return a new part starts at each of these periods}
     *
     * @param periods the period labels at which new parts start
     */
    public Baseline withRebaseAt(String... periods) {
        List<String> copy = List.copyOf(Arrays.asList(periods));
        return new Baseline(freeze, fixAfter, partsAfter, copy, excluded);
    }

    /**
     * {@return these 1-based points are left out of the centre line, the limits and the rules}
     *
     * @param points the 1-based numbers of the points to leave out
     */
    public Baseline withExcluded(int... points) {
        return new Baseline(freeze, fixAfter, partsAfter, rebasePeriods, sortedUnique(points));
    }

    /** {@return the freeze point, if set} */
    public OptionalInt freeze() {
        return freeze == NOT_SET ? OptionalInt.empty() : OptionalInt.of(freeze);
    }

    /** {@return the fix-after count, if set} */
    public OptionalInt fixAfter() {
        return fixAfter == NOT_SET ? OptionalInt.empty() : OptionalInt.of(fixAfter);
    }

    /** {@return the last points of parts before each new part, ascending} */
    public List<Integer> partsAfter() {
        return asList(partsAfter);
    }

    /** {@return the periods at which new parts start} */
    public List<String> rebasePeriods() {
        return rebasePeriods;
    }

    /** {@return the excluded points, ascending} */
    public List<Integer> excluded() {
        return asList(excluded);
    }

    int freezeRaw() {
        return freeze;
    }

    int fixAfterRaw() {
        return fixAfter;
    }

    int[] partsAfterRaw() {
        return partsAfter;
    }

    int[] excludedRaw() {
        return excluded;
    }

    private static int[] sortedUnique(int[] values) {
        SortedSet<Integer> set = new TreeSet<>();
        for (int v : values) {
            set.add(v);
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Integer> asList(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int v : values) {
            list.add(v);
        }
        return List.copyOf(list);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Baseline that && freeze == that.freeze && fixAfter == that.fixAfter
                && Arrays.equals(partsAfter, that.partsAfter) && rebasePeriods.equals(that.rebasePeriods)
                && Arrays.equals(excluded, that.excluded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(freeze, fixAfter, Arrays.hashCode(partsAfter), rebasePeriods, Arrays.hashCode(excluded));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Baseline[");
        if (freeze != NOT_SET) {
            text.append("freeze ").append(freeze).append(' ');
        }
        if (fixAfter != NOT_SET) {
            text.append("fix after ").append(fixAfter).append(' ');
        }
        if (partsAfter.length > 0) {
            text.append("parts after ").append(Arrays.toString(partsAfter)).append(' ');
        }
        if (!rebasePeriods.isEmpty()) {
            text.append("rebase at ").append(rebasePeriods).append(' ');
        }
        if (excluded.length > 0) {
            text.append("exclude ").append(Arrays.toString(excluded)).append(' ');
        }
        return text.toString().strip() + "]";
    }
}
