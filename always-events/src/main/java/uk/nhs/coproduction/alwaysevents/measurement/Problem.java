package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One reason why a series or an analysis was refused, in words a QI lead can act on.
 *
 * <p>{@code point} is the 1-based number of the point at fault (0 when the problem is not about
 * one point) and {@code period} its period label, so a caller that read the series from a file can
 * name the line. This record is immutable and thread-safe.
 *
 * @param kind what kind of problem it is, never null
 * @param message a plain-English explanation, never null
 * @param point the 1-based point number, or 0 when the problem is not about one point
 * @param period the period of that point, or null
 * @since 0.1.0
 */
public record Problem(Kind kind, String message, int point, @Nullable String period) {

    /**
     * The kinds of problem the measurement API refuses.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** The series has no points. */
        EMPTY_SERIES,
        /** A period label is blank. */
        BLANK_PERIOD,
        /** Two points share one period label. */
        DUPLICATE_PERIOD,
        /** A value, numerator or denominator is not a finite number. */
        NOT_FINITE,
        /** A numerator or denominator is negative. */
        NEGATIVE_COUNT,
        /** A proportion has a numerator above its denominator. */
        NUMERATOR_ABOVE_DENOMINATOR,
        /** Events were counted in a period whose denominator is zero. */
        EVENTS_WITHOUT_DENOMINATOR,
        /** The chart needs counts (numerator and denominator) but the series holds values. */
        COUNTS_REQUIRED,
        /** The chart needs subgroups (several values per period), or cannot read subgroups. */
        SUBGROUPS_REQUIRED,
        /** A subgroup has no values, or too few for the chart (an S chart needs two or more). */
        EMPTY_SUBGROUP,
        /** A value must be greater than zero (a T chart's time between events) and is not. */
        NOT_POSITIVE,
        /** The chart or rule needs more points than the series or its baseline has. */
        TOO_FEW_POINTS,
        /** A baseline option names a point number outside the series. */
        POINT_OUT_OF_RANGE,
        /** A baseline option names a period that is not in the series. */
        UNKNOWN_PERIOD,
        /** Two baseline options that cannot be combined were both given. */
        CONFLICTING_BASELINE
    }

    /**
     * Checks the components.
     *
     * @param kind what kind of problem it is, never null
     * @param message a plain-English explanation, never null
     * @param point the 1-based point number, or 0 when the problem is not about one point
     * @param period the period of that point, or null
     */
    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (point < 0) {
            throw new IllegalArgumentException("point must be 0 or a 1-based point number: " + point);
        }
    }

    /** A problem about the whole series or analysis. */
    static Problem of(Kind kind, String message) {
        return new Problem(kind, message, 0, null);
    }

    /** A problem about one point. */
    static Problem at(Kind kind, int point, String period, String message) {
        return new Problem(kind, message, point, period);
    }

    /** {@return the period of the point at fault, if the problem is about one point} */
    public Optional<String> periodLabel() {
        return Optional.ofNullable(period);
    }

    /** {@return whether the problem is about one point} */
    public boolean isAboutPoint() {
        return point > 0;
    }
}
