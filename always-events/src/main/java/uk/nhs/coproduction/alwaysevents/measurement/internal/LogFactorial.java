package uk.nhs.coproduction.alwaysevents.measurement.internal;

/**
 * log(n!) for non-negative integers: summed exactly below 256, Stirling's series with four
 * correction terms above (absolute error below 1e-15 there).
 */
final class LogFactorial {

    private static final int TABLE = 256;
    private static final double[] SMALL = new double[TABLE];
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    static {
        double sum = 0;
        for (int i = 1; i < TABLE; i++) {
            sum += Math.log(i);
            SMALL[i] = sum;
        }
    }

    private LogFactorial() {
    }

    static double of(int n) {
        if (n < TABLE) {
            return SMALL[n];
        }
        double x = n + 1.0;
        double inverse = 1 / x;
        double inverse2 = inverse * inverse;
        double series = inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1260 - inverse2 / 1680)));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series;
    }
}
