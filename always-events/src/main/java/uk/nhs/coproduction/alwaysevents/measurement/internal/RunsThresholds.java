package uk.nhs.coproduction.alwaysevents.measurement.internal;

/**
 * The limits of the run-chart rules, computed (not tabulated).
 *
 * <ul>
 *   <li>Anhøj: the longest run may be at most {@code round(log2(n)) + 3} useful points, and the
 *       number of crossings at least the lower 5 % quantile of Binomial(n &minus; 1, &frac12;)
 *       (Anhøj &amp; Olesen 2014; qicharts2 uses R's {@code qbinom(0.05, n - 1, 0.5)}).</li>
 *   <li>IHI: the number of runs should lie between the 2.5 % and 97.5 % points of the
 *       Swed&ndash;Eisenhart distribution of runs, for n useful points split as evenly as possible
 *       above and below the median (the basis of the IHI table in Perla, Provost &amp; Murray
 *       2011).</li>
 * </ul>
 *
 * <p>Both distributions are summed in log space from a point far below the quantile (probability
 * below 1e-30 is left out), so even a million useful points cost a few thousand terms.
 */
public final class RunsThresholds {

    private static final double LN2 = Math.log(2);
    private static final int CACHE = 1024;
    private static final int[] CROSSINGS_MIN = new int[CACHE];
    private static final int[][] RUNS_LIMITS = new int[CACHE][];

    static {
        java.util.Arrays.fill(CROSSINGS_MIN, -1);
    }

    private RunsThresholds() {
    }

    /** The Anhøj upper limit for the longest run: {@code round(log2(n)) + 3}. */
    public static int longestRunMax(int useful) {
        requirePositive(useful);
        return (int) Math.round(Math.log(useful) / LN2) + 3;
    }

    /**
     * The Anhøj lower limit for the number of crossings: the smallest c with
     * P(Binomial(n &minus; 1, &frac12;) &le; c) &ge; 0.05.
     */
    public static int crossingsMin(int useful) {
        requirePositive(useful);
        if (useful < CACHE) {
            int cached = CROSSINGS_MIN[useful];
            if (cached < 0) {
                cached = binomialHalfQuantile(useful - 1, 0.05);
                CROSSINGS_MIN[useful] = cached;
            }
            return cached;
        }
        return binomialHalfQuantile(useful - 1, 0.05);
    }

    /**
     * The smallest c with P(Binomial(trials, &frac12;) &le; c) &ge; {@code p}.
     *
     * @param trials the number of trials, not negative
     * @param p the probability, in (0, 1)
     */
    public static int binomialHalfQuantile(int trials, double p) {
        if (trials == 0) {
            return 0;
        }
        double sd = Math.sqrt(trials) / 2;
        int start = (int) Math.max(0, Math.floor(trials / 2.0 - 12 * sd));
        double logPmf = logChoose(trials, start) - trials * LN2;
        double pmf = Math.exp(logPmf);
        double cumulative = 0;
        for (int k = start; k <= trials; k++) {
            cumulative += pmf;
            if (cumulative >= p) {
                return k;
            }
            pmf = pmf * (trials - k) / (k + 1);
        }
        return trials;
    }

    /**
     * The IHI limits for the number of runs about the median, for {@code useful} points:
     * {@code [fewest, most]}; fewer runs than {@code fewest} or more than {@code most} is a signal.
     * Defined for 10 or more useful points (the IHI table starts at 10); null below that.
     */
    public static int @org.jspecify.annotations.Nullable [] runsLimits(int useful) {
        if (useful < 10) {
            return null;
        }
        if (useful < CACHE) {
            int[] cached = RUNS_LIMITS[useful];
            if (cached == null) {
                cached = computeRunsLimits(useful);
                RUNS_LIMITS[useful] = cached;
            }
            return cached.clone();
        }
        return computeRunsLimits(useful);
    }

    private static int[] computeRunsLimits(int n) {
        int n1 = n / 2;
        int n2 = n - n1;
        double logTotal = logChoose(n, n1);
        double mean = 2.0 * n1 * n2 / n + 1;
        double variance = 2.0 * n1 * n2 * (2.0 * n1 * n2 - n) / ((double) n * n * (n - 1));
        double sd = Math.sqrt(variance);
        int maxRuns = 2 * n1 + (n2 > n1 ? 1 : 0);
        int from = (int) Math.max(2, Math.floor(mean - 12 * sd));
        int to = (int) Math.min(maxRuns, Math.ceil(mean + 12 * sd));
        double cumulative = 0;
        int fewest = to;
        for (int r = from; r <= to; r++) {
            double pr = runsProbability(r, n1, n2, logTotal);
            if (cumulative + pr > 0.025) {
                fewest = r;
                break;
            }
            cumulative += pr;
        }
        cumulative = 0;
        int most = from;
        for (int r = to; r >= from; r--) {
            double pr = runsProbability(r, n1, n2, logTotal);
            if (cumulative + pr > 0.025) {
                most = r;
                break;
            }
            cumulative += pr;
        }
        return new int[] {fewest, most};
    }

    /** P(R = r) for the number of runs R of n1 and n2 points in random order. */
    static double runsProbability(int r, int n1, int n2, double logTotal) {
        int k = r / 2;
        if (r % 2 == 0) {
            return 2 * Math.exp(logChoose(n1 - 1, k - 1) + logChoose(n2 - 1, k - 1) - logTotal);
        }
        return Math.exp(logChoose(n1 - 1, k - 1) + logChoose(n2 - 1, k) - logTotal)
                + Math.exp(logChoose(n1 - 1, k) + logChoose(n2 - 1, k - 1) - logTotal);
    }

    /** log(n choose k); negative infinity when k is out of range. */
    static double logChoose(int n, int k) {
        if (k < 0 || k > n || n < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return LogFactorial.of(n) - LogFactorial.of(k) - LogFactorial.of(n - k);
    }

    private static void requirePositive(int useful) {
        if (useful < 1) {
            throw new IllegalArgumentException("the number of useful observations must be at least 1: " + useful);
        }
    }
}
