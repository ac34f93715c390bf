package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.Locale;

/**
 * The Making Data Count variation icon, chosen from the latest point: common cause, special cause
 * of improvement or concern (high or low), or a neutral special cause (high or low).
 * {@link #code()} gives the NHSRplotthedots icon name, for example {@code improvement_high}.
 *
 * @since 0.1.0
 */
public enum VariationIcon {
    /** Common-cause variation (grey). */
    COMMON_CAUSE("Common cause variation"),
    /** Improvement, high values (blue). */
    IMPROVEMENT_HIGH("Special cause variation of an improving nature: higher values"),
    /** Improvement, low values (blue). */
    IMPROVEMENT_LOW("Special cause variation of an improving nature: lower values"),
    /** Concern, high values (orange). */
    CONCERN_HIGH("Special cause variation of a concerning nature: higher values"),
    /** Concern, low values (orange). */
    CONCERN_LOW("Special cause variation of a concerning nature: lower values"),
    /** Neutral special cause, high values (purple). */
    NEUTRAL_HIGH("Special cause variation: higher values, neither improvement nor concern"),
    /** Neutral special cause, low values (purple). */
    NEUTRAL_LOW("Special cause variation: lower values, neither improvement nor concern");

    private final String description;

    VariationIcon(String description) {
        this.description = description;
    }

    /** {@return the icon's name, for example {@code concern_low}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return what the icon means, in plain English} */
    public String description() {
        return description;
    }
}
