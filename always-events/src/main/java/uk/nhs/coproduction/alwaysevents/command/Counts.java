package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.AssertTrue;

/**
 * A command that carries one period's counts: for how many eligible people the event happened
 * (numerator), out of how many (denominator). Bean Validation checks, as
 * {@code numeratorWithinDenominator}, that the first is not more than the second.
 */
public interface Counts {

    /** For how many the event happened. */
    int numerator();

    /** How many were eligible. */
    int denominator();

    /** The numerator is at most the denominator. */
    @AssertTrue(message = "the event cannot have happened for more people than were eligible")
    default boolean isNumeratorWithinDenominator() {
        return numerator() <= denominator();
    }
}
