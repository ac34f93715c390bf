package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.List;
import java.util.Objects;

/**
 * Whether the reliability of an Always Event&reg; is sustained at its aim, with a plain-English
 * explanation for the team and the report: {@link Sustained}, {@link NotSustained}, or
 * {@link InsufficientData} when the data cannot show it either way yet.
 *
 * @since 0.1.0
 */
public sealed interface Sustainment permits Sustainment.Sustained, Sustainment.NotSustained,
        Sustainment.InsufficientData {

    /**
     * Why, in plain English, never null.
     *
     * @return why, in plain English; never null
     */
    String explanation();

    /** {@return whether reliability is sustained} */
    default boolean isSustained() {
        return this instanceof Sustained;
    }

    /**
     * Reliability is sustained at the aim.
     *
     * @param explanation why
     * @param periods the periods that show it, in time order
     * @since 0.1.0
     */
    record Sustained(String explanation, List<String> periods) implements Sustainment {
        /**
         * Checks and copies the components.
         *
         * @param explanation why
         * @param periods the periods that show it, in time order
         */
        public Sustained {
            Objects.requireNonNull(explanation, "explanation");
            periods = List.copyOf(periods);
        }
    }

    /**
     * Reliability is not (or not yet) sustained at the aim.
     *
     * @param explanation why
     * @param periodsShortOfAim the periods that fell short of the aim, in time order (may be empty
     *     when the reason is the lack of a shift)
     * @since 0.1.0
     */
    record NotSustained(String explanation, List<String> periodsShortOfAim) implements Sustainment {
        /**
         * Checks and copies the components.
         *
         * @param explanation why
         * @param periodsShortOfAim the periods that fell short of the aim, in time order (may be
         *     empty when the reason is the lack of a shift)
         */
        public NotSustained {
            Objects.requireNonNull(explanation, "explanation");
            periodsShortOfAim = List.copyOf(periodsShortOfAim);
        }
    }

    /**
     * There are not enough periods with data to tell.
     *
     * @param explanation why
     * @param periodsNeeded how many periods with data the rule needs
     * @param periodsAvailable how many it has
     * @since 0.1.0
     */
    record InsufficientData(String explanation, int periodsNeeded, int periodsAvailable) implements Sustainment {
        /**
         * Checks the explanation.
         *
         * @param explanation why
         * @param periodsNeeded how many periods with data the rule needs
         * @param periodsAvailable how many it has
         */
        public InsufficientData {
            Objects.requireNonNull(explanation, "explanation");
        }
    }
}
