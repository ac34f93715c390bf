package uk.nhs.coproduction.alwaysevents.measurement;

import org.jspecify.annotations.Nullable;

/**
 * The rules a period's counts follow, each worded once: neither count is negative, and the event
 * cannot have happened for more people (the numerator) than were eligible (the denominator). The
 * project's measurements, its commands' Bean Validation, the measurement series, the charts' and
 * the reliability analysis' checks, and the examples' forms and command line all give these words.
 *
 * @since 0.1.0
 */
public final class CountRule {

    /** The rule that the numerator is at most the denominator, in words. */
    public static final String NUMERATOR_ABOVE_DENOMINATOR =
            "the event cannot have happened for more people than were eligible";

    /** The rule that neither count is negative, in words. */
    public static final String NEGATIVE_COUNT = "a count cannot be negative";

    private CountRule() {
    }

    /**
     * {@return the rule these counts break, in its words followed by the counts, such as "the event
     * cannot have happened for more people than were eligible (21 of 20)", or null if they break
     * none}
     *
     * @param numerator for how many the event happened
     * @param denominator how many were eligible
     */
    public static @Nullable String problemWith(double numerator, double denominator) {
        if (numerator < 0 || denominator < 0) {
            return NEGATIVE_COUNT + " (" + format(numerator) + " of " + format(denominator) + ")";
        }
        if (numerator > denominator) {
            return NUMERATOR_ABOVE_DENOMINATOR + " (" + format(numerator) + " of " + format(denominator) + ")";
        }
        return null;
    }

    private static String format(double count) {
        return count == Math.rint(count) && Math.abs(count) < 1e15 ? Long.toString((long) count) : Double.toString(count);
    }
}
