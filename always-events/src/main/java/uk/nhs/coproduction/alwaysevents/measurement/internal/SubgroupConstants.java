package uk.nhs.coproduction.alwaysevents.measurement.internal;

/**
 * The bias-correction constant c<sub>4</sub>(n) of a sample standard deviation from n normal
 * values: E[s] = c<sub>4</sub>(n)&sigma;, with c<sub>4</sub>(n) = &radic;(2/(n&minus;1))
 * &Gamma;(n/2)/&Gamma;((n&minus;1)/2). Worked out from the recurrence of the ratio of gamma functions
 * up to {@value #EXACT_UP_TO}, and from its asymptotic series above (its next term is below 1e-13 there).
 */
public final class SubgroupConstants {

    private static final int EXACT_UP_TO = 2048;
    /** RATIO[n] = &Gamma;(n/2)/&Gamma;((n&minus;1)/2), for n = 2..EXACT_UP_TO. */
    private static final double[] RATIO = new double[EXACT_UP_TO + 1];

    static {
        RATIO[2] = 1 / Math.sqrt(Math.PI);
        for (int n = 2; n < EXACT_UP_TO; n++) {
            // Gamma((n+1)/2) = ((n-1)/2) Gamma((n-1)/2), so the next ratio is ((n-1)/2) / RATIO[n].
            RATIO[n + 1] = (n - 1) / 2.0 / RATIO[n];
        }
    }

    private SubgroupConstants() {
    }

    /** c4(n) for n &ge; 2; NaN for smaller n (one value has no standard deviation). */
    public static double c4(int n) {
        if (n < 2) {
            return Double.NaN;
        }
        if (n <= EXACT_UP_TO) {
            return Math.sqrt(2.0 / (n - 1)) * RATIO[n];
        }
        double m = n - 1.0;
        // The series 1 - 1/(4n) - 7/(32n^2) - 19/(128n^3), rewritten in powers of m = n - 1.
        return 1 - 1 / (4 * m) + 1 / (32 * m * m) + 5 / (128 * m * m * m);
    }
}
