package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.Objects;

/**
 * What was observed in one period: a {@link Value}, a {@link Count} (numerator and denominator),
 * or nothing ({@link Missing}). A missing period is kept in the series as a gap: it is never
 * dropped, and never bridged by a moving range. This type is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Observation permits Observation.Value, Observation.Count, Observation.Missing {

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
