package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.AssertTrue;
import uk.nhs.coproduction.alwaysevents.measurement.CountRule;

/**
 * A command that carries one period's counts: for how many eligible people the event happened
 * (numerator), out of how many (denominator). Bean Validation checks, as
 * {@code numeratorWithinDenominator}, that the first is not more than the second, in
 * {@link CountRule}'s words.
 *
 * @since 0.1.0
 */
public interface Counts {

    /** {@return for how many the event happened} */
    int numerator();

    /** {@return how many were eligible} */
    int denominator();

    /** {@return whether the numerator is at most the denominator} */
    @AssertTrue(message = CountRule.NUMERATOR_ABOVE_DENOMINATOR)
    default boolean isNumeratorWithinDenominator() {
        return numerator() <= denominator();
    }
}
