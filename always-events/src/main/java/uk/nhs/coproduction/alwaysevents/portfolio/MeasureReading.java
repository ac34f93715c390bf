package uk.nhs.coproduction.alwaysevents.portfolio;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.measurement.AssuranceIcon;
import uk.nhs.coproduction.alwaysevents.measurement.VariationIcon;

/**
 * What a portfolio row says about one measure: its latest value with the Making Data Count icons,
 * or why there is nothing to show yet.
 *
 * @since 0.1.0
 * @provisional
 */
public sealed interface MeasureReading {

    /**
     * The latest period with a value, and the icons of the chart at that point.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param period the period the value refers to, such as {@code 2017-04}
     * @param value the value, such as a percentage
     * @param unit the unit the value is in, such as {@code %}
     * @param variation the variation icon of the latest point, or null when the chart gives none
     *     (for example with too few points for its rules)
     * @param assurance the assurance icon, or null when the chart gives none (a run chart has no
     *     process limits to compare the target with)
     * @since 0.1.0
     */
    record Latest(String period, double value, String unit, @Nullable VariationIcon variation,
            @Nullable AssuranceIcon assurance) implements MeasureReading {

        /**
         * Checks the components.
         *
         * @param period the period the value refers to
         * @param value the value
         * @param unit the unit the value is in
         * @param variation the variation icon, or null
         * @param assurance the assurance icon, or null
         */
        public Latest {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(unit, "unit");
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("value must be a number");
            }
        }

        /** {@return the variation icon, if the chart gives one} */
        public Optional<VariationIcon> variationIcon() {
            return Optional.ofNullable(variation);
        }

        /** {@return the assurance icon, if the chart gives one} */
        public Optional<AssuranceIcon> assuranceIcon() {
            return Optional.ofNullable(assurance);
        }

        /** {@return the value as shown, such as {@code 95.0%}} */
        public String valueText() {
            return String.format(java.util.Locale.ROOT, "%.1f%s", value, unit);
        }
    }

    /**
     * Nothing to chart yet, and why (no aim, no measurements, no period with data).
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param reason why, in plain English
     * @since 0.1.0
     */
    record NotYetCharted(String reason) implements MeasureReading {

        /**
         * Checks the component.
         *
         * @param reason why, in plain English
         */
        public NotYetCharted {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
