package uk.nhs.coproduction.model.partner;

/**
 * A count of people reported in aggregate, with small numbers suppressed so that nobody can be
 * picked out: a count of at least one but below the threshold is reported only as
 * {@link FewerThan}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface AggregateCount {

    /**
     * {@return the count, exact when zero or at least {@code threshold}, otherwise suppressed}
     *
     * @param count the number of people
     * @param threshold the suppression threshold
     */
    static AggregateCount of(int count, int threshold) {
        if (count < 0) {
            throw new IllegalArgumentException("a count must not be negative");
        }
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1");
        }
        return count == 0 || count >= threshold ? new Exactly(count) : new FewerThan(threshold);
    }

    /** {@return whether at least one person was counted} */
    boolean isAny();

    /** {@return how the count reads to people, such as "7" or "fewer than 5"} */
    String describe();

    /**
     * An exact count: zero, or at least the suppression threshold.
     *
     * @param count the number of people
     * @since 0.1.0
     */
    record Exactly(int count) implements AggregateCount {
        @Override
        public boolean isAny() {
            return count > 0;
        }

        @Override
        public String describe() {
            return Integer.toString(count);
        }
    }

    /**
     * A suppressed count: at least one, but fewer than the threshold.
     *
     * @param threshold the suppression threshold
     * @since 0.1.0
     */
    record FewerThan(int threshold) implements AggregateCount {
        @Override
        public boolean isAny() {
            return true;
        }

        @Override
        public String describe() {
            return "fewer than " + threshold;
        }
    }
}
