package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.measurement.CountRule;

/**
 * One period's measurement of an Always Event&reg;: for how many eligible people (or occasions)
 * the event happened, out of how many.
 *
 * <p>Periods are labels in time order, as the measurement package reads them; monthly periods
 * are usually written {@code 2017-06}. This record is immutable and thread-safe.
 *
 * @param period the period's label, 1 to 32 characters, not blank
 * @param numerator for how many the event happened, from 0
 * @param denominator how many were eligible, at least the numerator
 * @since 0.1.0
 */
public record Measurement(String period, int numerator, int denominator) {

    /** The longest period label accepted. */
    public static final int MAX_PERIOD_LENGTH = 32;

    /**
     * Checks the components.
     *
     * @param period the period's label, 1 to 32 characters, not blank
     * @param numerator for how many the event happened, from 0
     * @param denominator how many were eligible, at least the numerator
     */
    public Measurement {
        Objects.requireNonNull(period, "period");
        if (period.isBlank() || period.length() > MAX_PERIOD_LENGTH) {
            throw new IllegalArgumentException("a period label is 1 to " + MAX_PERIOD_LENGTH + " characters");
        }
        String problem = CountRule.problemWith(numerator, denominator);
        if (problem != null) {
            throw new IllegalArgumentException(period + ": " + problem);
        }
    }

    /**
     * {@return {@code numerator} out of {@code denominator} in {@code period}}
     *
     * @param period the period's label, 1 to 32 characters, not blank
     * @param numerator for how many the event happened, from 0
     * @param denominator how many were eligible, at least the numerator
     */
    public static Measurement of(String period, int numerator, int denominator) {
        return new Measurement(period, numerator, denominator);
    }

    /** {@return whether anyone was eligible in the period} */
    public boolean hasData() {
        return denominator > 0;
    }
}
