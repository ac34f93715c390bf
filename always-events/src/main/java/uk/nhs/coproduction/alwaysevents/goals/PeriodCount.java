package uk.nhs.coproduction.alwaysevents.goals;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of the first national goal: of the projects started by the end of the period, how
 * many counted as co-produced from the very start by then.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the period's label, such as {@code 2025-03} or {@code 2025-Q1}
 * @param end the period's last day
 * @param started the projects started by the end of the period (the denominator), at least 1
 * @param coProduced of those, the projects co-produced from the very start by then (the numerator)
 * @since 0.1.0
 */
public record PeriodCount(String period, LocalDate end, int started, int coProduced) {

    /**
     * Checks the components.
     *
     * @param period the period's label
     * @param end the period's last day
     * @param started the projects started by then, at least 1
     * @param coProduced of those, the projects co-produced from the very start, from 0 to {@code started}
     */
    public PeriodCount {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(end, "end");
        if (started < 1 || coProduced < 0 || coProduced > started) {
            throw new IllegalArgumentException("period " + period + ": " + coProduced + " of " + started
                    + " projects is not a proportion");
        }
    }

    /** {@return the proportion, from 0 to 1} */
    public double proportion() {
        return (double) coProduced / started;
    }

    /** {@return the proportion as a percentage, from 0 to 100} */
    public double percent() {
        return 100.0 * coProduced / started;
    }
}
