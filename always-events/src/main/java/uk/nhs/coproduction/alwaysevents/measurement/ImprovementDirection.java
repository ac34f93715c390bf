package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.Locale;
import java.util.Optional;

/**
 * Which way is better for the measure. For the reliability of an Always Event&reg; it is
 * {@link #INCREASE}: a higher share of people for whom the event happened is an improvement.
 *
 * @since 0.1.0
 */
public enum ImprovementDirection {
    /** Higher is better. */
    INCREASE,
    /** Lower is better. */
    DECREASE,
    /** Neither: special causes are reported as high or low, not as improvement or concern. */
    NEUTRAL;

    /** {@return the lower-case code used by the command line and the JSON output} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return the opposite direction ({@link #NEUTRAL} stays neutral)} */
    public ImprovementDirection reversed() {
        return switch (this) {
            case INCREASE -> DECREASE;
            case DECREASE -> INCREASE;
            case NEUTRAL -> NEUTRAL;
        };
    }

    /**
     * {@return the direction with this {@link #code()}, ignoring case}
     *
     * @param code a code such as {@code increase}
     */
    public static Optional<ImprovementDirection> fromCode(String code) {
        for (ImprovementDirection direction : values()) {
            if (direction.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(direction);
            }
        }
        return Optional.empty();
    }
}
