package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.Objects;

/**
 * What was observed in one period: a {@link Value}, a {@link Count} (numerator and denominator),
 * a {@link Subgroup} (several values, summarised by their size, mean and standard deviation), or
 * nothing ({@link Missing}). A missing period is kept in the series as a gap: it is never
 * dropped, and never bridged by a moving range. This type is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Observation permits Observation.Value, Observation.Count, Observation.Subgroup,
        Observation.Missing {

    /** {@return the period label, never null or blank} */
    String period();

    /**
     * A measured value, for example a waiting time or a percentage already worked out.
     *
     * @param period the period label
     * @param value the value, finite
     * @since 0.1.0
     */
    record Value(String period, double value) implements Observation {
        /**
         * Checks the components.
         *
         * @param period the period label
         * @param value the value, finite
         */
        public Value {
            Objects.requireNonNull(period, "period");
        }
    }

    /**
     * A count of events out of a denominator: for an Always Event, the number of people for whom
     * the event happened out of those eligible. A count with denominator zero and numerator zero
     * has no value and is charted as a gap.
     *
     * @param period the period label
     * @param numerator the events, finite and not negative
     * @param denominator the opportunities or exposure, finite and not negative
     * @since 0.1.0
     */
    record Count(String period, double numerator, double denominator) implements Observation {
        /**
         * Checks the components.
         *
         * @param period the period label
         * @param numerator the events, finite and not negative
         * @param denominator the opportunities or exposure, finite and not negative
         */
        public Count {
            Objects.requireNonNull(period, "period");
        }

        /** {@return whether the count has a value (its denominator is not zero)} */
        public boolean hasValue() {
            return denominator > 0;
        }
    }

    /**
     * Several values measured in one period (a subgroup, for example the waiting times of the
     * patients seen that week), summarised by their number, mean and sample standard deviation
     * (divisor size &minus; 1). The X&#772; chart plots the mean, the S chart the standard
     * deviation. Build one from the raw values with {@link #of(String, double...)}, or from a
     * summary with {@link #ofSummary(String, int, double, double)}.
     *
     * @param period the period label
     * @param size how many values, at least 1
     * @param mean their mean, finite
     * @param standardDeviation their sample standard deviation, finite and not negative (0 for a
     *     subgroup of one value)
     * @since 0.1.0
     */
    record Subgroup(String period, int size, double mean, double standardDeviation) implements Observation {
        /**
         * Checks the components.
         *
         * @param period the period label
         * @param size how many values, at least 1
         * @param mean their mean, finite
         * @param standardDeviation their sample standard deviation, finite and not negative
         * @throws IllegalArgumentException if {@code size} is below 1, or the mean or standard
         *     deviation is not finite, or the standard deviation is negative
         */
        public Subgroup {
            Objects.requireNonNull(period, "period");
            if (size < 1) {
                throw new IllegalArgumentException("a subgroup needs at least one value, not " + size);
            }
            if (!Double.isFinite(mean)) {
                throw new IllegalArgumentException("the mean of a subgroup must be a finite number: " + mean);
            }
            if (!Double.isFinite(standardDeviation) || standardDeviation < 0) {
                throw new IllegalArgumentException("the standard deviation of a subgroup must be a finite number, "
                        + "not negative: " + standardDeviation);
            }
        }

        /**
         * {@return the subgroup of {@code values}: their number, mean and sample standard deviation}
         *
         * @param period the period label
         * @param values the values, at least one, each finite
         * @throws IllegalArgumentException if there are no values or one is not finite
         */
        public static Subgroup of(String period, double... values) {
            if (values.length == 0) {
                throw new IllegalArgumentException("a subgroup needs at least one value");
            }
            double sum = 0;
            for (double value : values) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("every value of a subgroup must be a finite number: " + value);
                }
                sum += value;
            }
            double mean = sum / values.length;
            double squares = 0;
            for (double value : values) {
                squares += (value - mean) * (value - mean);
            }
            double sd = values.length == 1 ? 0 : Math.sqrt(squares / (values.length - 1));
            return new Subgroup(period, values.length, mean, sd);
        }

        /**
         * {@return a subgroup given by its summary}
         *
         * @param period the period label
         * @param size how many values, at least 1
         * @param mean their mean, finite
         * @param standardDeviation their sample standard deviation, finite and not negative
         * @throws IllegalArgumentException as the canonical constructor does
         */
        public static Subgroup ofSummary(String period, int size, double mean, double standardDeviation) {
            return new Subgroup(period, size, mean, standardDeviation);
        }
    }

    /**
     * A period with no data.
     *
     * @param period the period label
     * @since 0.1.0
     */
    record Missing(String period) implements Observation {
        /**
         * Checks the component.
         *
         * @param period the period label
         */
        public Missing {
            Objects.requireNonNull(period, "period");
        }
    }
}
