package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import uk.nhs.coproduction.alwaysevents.measurement.internal.RunsThresholds;

/**
 * The rules that decide what is a signal, chosen explicitly by the caller: {@link Anhoej},
 * {@link Ihi} or {@link MakingDataCount}. Every rule set also flags points beyond the process
 * limits of a chart that has them ({@link ChartPoint#sigmaSignal()}).
 *
 * @since 0.1.0
 */
public sealed interface RuleSet permits RuleSet.Anhoej, RuleSet.Ihi, RuleSet.MakingDataCount {

    /** {@return the short code: {@code anhoej}, {@code ihi} or {@code mdc}} */
    String code();

    /** {@return a human-readable name} */
    String title();

    /** {@return the Anhøj rules (qicharts2)} */
    static Anhoej anhoej() {
        return new Anhoej();
    }

    /** {@return the IHI run-chart rules with the usual lengths: shift 6, trend 5} */
    static Ihi ihi() {
        return new Ihi(6, 5);
    }

    /**
     * {@return the Making Data Count rules with NHS England's lengths (shift 7, trend 7), as
     * NHSRplotthedots}
     */
    static MakingDataCount makingDataCount() {
        return new MakingDataCount(7, 7, MakingDataCount.TwoInThree.CLOSE_TO_LIMITS_SAME_SIDE);
    }

    /**
     * {@return the rule set with this {@link #code()} and its usual lengths}
     *
     * @param code a code such as {@code anhoej}, {@code ihi} or {@code mdc}
     */
    static Optional<RuleSet> fromCode(String code) {
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "anhoej", "anhøj" -> Optional.of(anhoej());
            case "ihi" -> Optional.of(ihi());
            case "mdc" -> Optional.of(makingDataCount());
            default -> Optional.empty();
        };
    }

    /**
     * The Anhøj rules for run charts (Anhøj &amp; Olesen 2014), as qicharts2 applies them to every
     * chart: per part, a runs signal when the longest run of useful points on one side of the
     * centre line is longer than {@code round(log2(n)) + 3}, or when the line crosses the centre
     * fewer times than the lower 5 % binomial quantile, where n counts the useful points (not on
     * the centre line, not missing, not excluded). There is no trend rule and no rule for too many
     * crossings. The signal belongs to the part as a whole, so points get no individual
     * {@link PointType}.
     *
     * @since 0.1.0
     */
    record Anhoej() implements RuleSet {
        @Override
        public String code() {
            return "anhoej";
        }

        @Override
        public String title() {
            return "Anhøj rules";
        }

        /**
         * {@return the longest run allowed for {@code useful} useful points: {@code round(log2(n))
         * + 3}}
         *
         * @param useful the number of useful points (not missing, not on the centre line)
         */
        public static int longestRunMax(int useful) {
            return RunsThresholds.longestRunMax(useful);
        }

        /**
         * {@return the fewest crossings expected for {@code useful} useful points (binomial 5 %
         * quantile)}
         *
         * @param useful the number of useful points (not missing, not on the centre line)
         */
        public static int crossingsMin(int useful) {
            return RunsThresholds.crossingsMin(useful);
        }
    }

    /**
     * The IHI run-chart rules (Perla, Provost &amp; Murray 2011): a shift of {@code shiftLength} or
     * more consecutive points on one side of the centre line (points on the line neither count nor
     * break it), a trend of {@code trendLength} or more points each higher (or lower) than the last
     * (equal neighbours count once and neither add nor break), and too few or too many runs for
     * the number of useful points (from 10 useful points). The astronomical-point rule is a
     * judgement and is left to people.
     *
     * @param shiftLength the points a shift needs, at least 2
     * @param trendLength the points a trend needs, at least 3
     * @since 0.1.0
     */
    record Ihi(int shiftLength, int trendLength) implements RuleSet {
        /**
         * Checks the lengths.
         *
         * @param shiftLength the points a shift needs, at least 2
         * @param trendLength the points a trend needs, at least 3
         */
        public Ihi {
            checkLengths(shiftLength, trendLength);
        }

        /**
         * {@return the same rules with a shift of {@code length} points (users ask for 6 or 7)}
         *
         * @param length the number of points
         */
        public Ihi withShiftLength(int length) {
            return new Ihi(length, trendLength);
        }

        /**
         * {@return the same rules with a trend of {@code length} points}
         *
         * @param length the number of points
         */
        public Ihi withTrendLength(int length) {
            return new Ihi(shiftLength, length);
        }

        @Override
        public String code() {
            return "ihi";
        }

        @Override
        public String title() {
            return "IHI run chart rules (shift " + shiftLength + ", trend " + trendLength + ")";
        }

        /**
         * {@return the fewest runs expected for {@code useful} useful points; fewer is a signal.
         * Empty below 10 useful points, where the IHI table does not apply}
         *
         * @param useful the number of useful points (not missing, not on the centre line)
         */
        public static OptionalInt fewestRuns(int useful) {
            int[] limits = RunsThresholds.runsLimits(useful);
            return limits == null ? OptionalInt.empty() : OptionalInt.of(limits[0]);
        }

        /**
         * {@return the most runs expected for {@code useful} useful points; more is a signal}
         *
         * @param useful the number of useful points (not missing, not on the centre line)
         */
        public static OptionalInt mostRuns(int useful) {
            int[] limits = RunsThresholds.runsLimits(useful);
            return limits == null ? OptionalInt.empty() : OptionalInt.of(limits[1]);
        }
    }

    /**
     * NHS England's Making Data Count rules, as NHSRplotthedots applies them to the XmR chart (and
     * as the Power BI SPC visual applies them to any chart), in order of priority: a point beyond a
     * process limit; a trend of {@code trendLength} points each strictly higher (or lower) than
     * the last (an equal neighbour breaks it); two of three points close to a limit on one side
     * ({@link TwoInThree}); a shift of {@code shiftLength} points on one side of the mean (a point
     * on the mean breaks it). Users ask for lengths of 6 or 7; NHS England's guidance uses 7.
     *
     * @param shiftLength the points a shift needs, at least 2
     * @param trendLength the points a trend needs, at least 3
     * @param twoInThree which version of the two-in-three rule, never null
     * @since 0.1.0
     */
    record MakingDataCount(int shiftLength, int trendLength, TwoInThree twoInThree) implements RuleSet {

        /**
         * The versions of the two-in-three rule in use in the NHS; they disagree at the edges.
         *
         * @since 0.1.0
         */
        public enum TwoInThree {
            /**
             * NHSRplotthedots 0.2: at least two of three consecutive points between the 2-sigma and
             * 3-sigma lines (points beyond 3 sigma do not count) and all three on the same side of
             * the mean; the close points are flagged.
             */
            CLOSE_TO_LIMITS_SAME_SIDE,
            /**
             * The Power BI SPC visual: over the last three points, those beyond the upper 2-sigma line
             * minus those beyond the lower one reach two (points beyond 3 sigma count; the third point
             * may lie anywhere); the points beyond 2 sigma are flagged.
             */
            NET_BEYOND_TWO_SIGMA,
            /** As {@link #NET_BEYOND_TWO_SIGMA}, flagging all three points of the pattern. */
            NET_BEYOND_TWO_SIGMA_WHOLE_PATTERN
        }

        /**
         * Checks the components.
         *
         * @param shiftLength the points a shift needs, at least 2
         * @param trendLength the points a trend needs, at least 3
         * @param twoInThree which version of the two-in-three rule, never null
         */
        public MakingDataCount {
            checkLengths(shiftLength, trendLength);
            java.util.Objects.requireNonNull(twoInThree, "twoInThree");
        }

        /**
         * {@return the same rules with a shift of {@code length} points}
         *
         * @param length the number of points
         */
        public MakingDataCount withShiftLength(int length) {
            return new MakingDataCount(length, trendLength, twoInThree);
        }

        /**
         * {@return the same rules with a trend of {@code length} points}
         *
         * @param length the number of points
         */
        public MakingDataCount withTrendLength(int length) {
            return new MakingDataCount(shiftLength, length, twoInThree);
        }

        /**
         * {@return the same rules with another version of the two-in-three rule}
         *
         * @param version the version of the two-in-three rule
         */
        public MakingDataCount withTwoInThree(TwoInThree version) {
            return new MakingDataCount(shiftLength, trendLength, version);
        }

        @Override
        public String code() {
            return "mdc";
        }

        @Override
        public String title() {
            return "Making Data Count rules (shift " + shiftLength + ", trend " + trendLength + ")";
        }
    }

    private static void checkLengths(int shiftLength, int trendLength) {
        if (shiftLength < 2) {
            throw new IllegalArgumentException("a shift needs at least 2 points: " + shiftLength);
        }
        if (trendLength < 3) {
            throw new IllegalArgumentException("a trend needs at least 3 points: " + trendLength);
        }
    }
}
