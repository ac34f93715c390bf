package uk.nhs.coproduction.alwaysevents.measurement.internal;

/**
 * The pattern detectors of the rule sets. Each works on a sequence of point indexes (the points a
 * rule looks at, in time order, gaps and excluded points already left out) and sets bits in a
 * per-point flag array: one bit for a HIGH signal and one for a LOW signal. Setting one side
 * clears the other, so when two patterns overlap the later one decides the point's direction (as
 * the Power BI SPC visual does, and as NHSRplotthedots does in every case it handles correctly).
 */
public final class Patterns {

    private Patterns() {
    }

    /** Sets {@code bit} and clears {@code otherBit} of {@code flags[point]}. */
    private static void mark(int[] flags, int point, int bit, int otherBit) {
        flags[point] = (flags[point] | bit) & ~otherBit;
    }

    /**
     * Shift: {@code length} or more consecutive points of {@code sequence} on the same side of the
     * centre. {@code side[i]} is +1 above, &minus;1 below, 0 on the centre (which breaks a run; a
     * caller for whom points on the centre neither count nor break leaves them out of the
     * sequence).
     */
    public static void shift(byte[] side, int[] sequence, int count, int length, int[] flags, int highBit,
            int lowBit) {
        int run = 0;
        int current = 0;
        for (int k = 0; k < count; k++) {
            int s = side[sequence[k]];
            if (s == 0) {
                run = 0;
                current = 0;
                continue;
            }
            if (s == current) {
                run++;
            } else {
                current = s;
                run = 1;
            }
            if (run >= length) {
                int bit = s > 0 ? highBit : lowBit;
                int other = s > 0 ? lowBit : highBit;
                int from = run == length ? k - length + 1 : k;
                for (int j = from; j <= k; j++) {
                    mark(flags, sequence[j], bit, other);
                }
            }
        }
    }

    /**
     * Trend: {@code length} or more consecutive points of {@code sequence} each strictly higher (or
     * each strictly lower) than the one before. With {@code tiesBreak} an equal neighbour ends the
     * trend (Making Data Count, Power BI); without it equal neighbours count as one point and neither
     * add to nor break the trend (IHI).
     */
    public static void trend(double[] values, int[] sequence, int count, int length, boolean tiesBreak,
            int[] flags, int highBit, int lowBit) {
        if (count < 2) {
            return;
        }
        int direction = 0;
        int steps = 0;
        int runStart = 0;
        int tieBlockStart = 0;
        for (int k = 1; k < count; k++) {
            double d = values[sequence[k]] - values[sequence[k - 1]];
            int s = d > 0 ? 1 : (d < 0 ? -1 : 0);
            if (s == 0) {
                if (tiesBreak) {
                    direction = 0;
                    steps = 0;
                    runStart = k;
                    tieBlockStart = k;
                    continue;
                }
                // A tie joins the current run without adding a step.
                if (direction != 0 && steps + 1 >= length) {
                    markTrend(flags, sequence, k, k, direction, highBit, lowBit);
                }
                continue;
            }
            if (s == direction) {
                steps++;
            } else {
                direction = s;
                steps = 1;
                runStart = tiesBreak ? k - 1 : tieBlockStart;
            }
            tieBlockStart = k;
            if (steps + 1 >= length) {
                int from = steps + 1 == length ? runStart : k;
                markTrend(flags, sequence, from, k, direction, highBit, lowBit);
            }
        }
    }

    private static void markTrend(int[] flags, int[] sequence, int from, int to, int direction, int highBit,
            int lowBit) {
        int bit = direction > 0 ? highBit : lowBit;
        int other = direction > 0 ? lowBit : highBit;
        for (int j = from; j <= to; j++) {
            mark(flags, sequence[j], bit, other);
        }
    }

    /**
     * Two in three, NHSRplotthedots: in every window of three consecutive points of
     * {@code sequence}, if at least two are close to the limits (beyond the 2-sigma line but not
     * beyond the 3-sigma line) and all three are on the same side of the centre, the close points
     * are flagged. {@code zone[i]} is &plusmn;2 beyond the 3-sigma line, &plusmn;1 between the 2- and
     * 3-sigma lines, 0 inside; {@code side[i]} as for {@link #shift}.
     */
    public static void twoInThreeCloseSameSide(byte[] zone, byte[] side, int[] sequence, int count, int[] flags,
            int highBit, int lowBit) {
        for (int k = 2; k < count; k++) {
            int a = sequence[k - 2];
            int b = sequence[k - 1];
            int c = sequence[k];
            int sides = side[a] + side[b] + side[c];
            if (Math.abs(sides) != 3) {
                continue;
            }
            int close = (Math.abs(zone[a]) == 1 ? 1 : 0) + (Math.abs(zone[b]) == 1 ? 1 : 0)
                    + (Math.abs(zone[c]) == 1 ? 1 : 0);
            if (close < 2) {
                continue;
            }
            int bit = sides > 0 ? highBit : lowBit;
            int other = sides > 0 ? lowBit : highBit;
            for (int p : new int[] {a, b, c}) {
                if (Math.abs(zone[p]) == 1) {
                    mark(flags, p, bit, other);
                }
            }
        }
    }

    /**
     * Two in three, Power BI SPC visual: over the last three points of {@code sequence} (fewer at
     * the start), the number beyond the upper 2-sigma line minus the number beyond the lower one
     * reaches &plusmn;2; points beyond the 3-sigma line count, and the third point may lie anywhere.
     * The points beyond the 2-sigma lines are flagged, or all three with {@code wholePattern}.
     */
    public static void twoInThreeNet(byte[] zone, int[] sequence, int count, boolean wholePattern, int[] flags,
            int highBit, int lowBit) {
        int[] detected = new int[count];
        for (int k = 0; k < count; k++) {
            int sum = 0;
            for (int j = Math.max(0, k - 2); j <= k; j++) {
                sum += Integer.signum(zone[sequence[j]]);
            }
            detected[k] = sum >= 2 ? 1 : (sum <= -2 ? -1 : 0);
        }
        int[] result = detected.clone();
        for (int k = 0; k < count; k++) {
            if (detected[k] == 0) {
                continue;
            }
            for (int j = k - 1; j >= Math.max(0, k - 2); j--) {
                if (zone[sequence[j]] != 0 || wholePattern) {
                    result[j] = detected[k];
                }
            }
            if (zone[sequence[k]] == 0 && !wholePattern) {
                result[k] = 0;
            }
        }
        for (int k = 0; k < count; k++) {
            if (result[k] > 0) {
                mark(flags, sequence[k], highBit, lowBit);
            } else if (result[k] < 0) {
                mark(flags, sequence[k], lowBit, highBit);
            }
        }
    }
}
