package uk.nhs.coproduction.alwaysevents.measurement.internal;

/**
 * Centre lines: the mean and the median of selected points, ignoring NaN (gaps).
 *
 * <p>The mean uses compensated (Neumaier) summation, so it agrees with R's long-double mean to
 * the last few bits. The median is found by selection in linear time (not by sorting), and is
 * R's median: the mean of the two middle values when the count is even.
 */
public final class Centres {

    private Centres() {
    }

    /** The mean of {@code values[index[0..count)]}, skipping NaN; NaN when there is none. */
    public static double mean(double[] values, int[] index, int count) {
        return neumaierMean(values, index, count);
    }

    /** The mean of the first {@code count} entries of {@code values}, skipping NaN. */
    public static double mean(double[] values, int count) {
        return neumaierMean(values, null, count);
    }

    private static double neumaierMean(double[] values, int @org.jspecify.annotations.Nullable [] index, int count) {
        double sum = 0;
        double compensation = 0;
        int n = 0;
        for (int k = 0; k < count; k++) {
            double v = index == null ? values[k] : values[index[k]];
            if (Double.isNaN(v)) {
                continue;
            }
            double t = sum + v;
            if (Math.abs(sum) >= Math.abs(v)) {
                compensation += (sum - t) + v;
            } else {
                compensation += (v - t) + sum;
            }
            sum = t;
            n++;
        }
        return n == 0 ? Double.NaN : (sum + compensation) / n;
    }

    /** The median of {@code values[index[0..count)]}, skipping NaN; NaN when there is none. */
    public static double median(double[] values, int[] index, int count) {
        double[] work = new double[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            double v = values[index[k]];
            if (!Double.isNaN(v)) {
                work[n++] = v;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        int upper = n / 2;
        double high = select(work, 0, n - 1, upper);
        if (n % 2 == 1) {
            return high;
        }
        // After selection, everything left of `upper` is <= work[upper]: the lower middle is their maximum.
        double low = work[0];
        for (int k = 1; k < upper; k++) {
            if (work[k] > low) {
                low = work[k];
            }
        }
        return (low + high) / 2;
    }

    /** Hoare selection: leaves the k-th smallest of a[lo..hi] at a[k] and returns it. */
    private static double select(double[] a, int lo, int hi, int k) {
        int left = lo;
        int right = hi;
        while (right > left) {
            // Median of three as the pivot keeps sorted and reversed input linear.
            int mid = (left + right) >>> 1;
            double pivot = medianOfThree(a[left], a[mid], a[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
