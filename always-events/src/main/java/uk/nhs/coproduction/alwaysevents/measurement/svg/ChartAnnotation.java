package uk.nhs.coproduction.alwaysevents.measurement.svg;

import java.util.Objects;

/**
 * A marker on a chart at one period, for example the start of a PDSA cycle ("PDSA 2: teach-back")
 * or a change to the process. Drawn as a vertical line with its label, and listed in the text
 * alternative. This record is immutable and thread-safe.
 *
 * @param period the period it marks; must be a period of the chart's series
 * @param label a short label, never blank
 * @since 0.1.0
 */
public record ChartAnnotation(String period, String label) {

    /**
     * Checks the components.
     *
     * @param period the period it marks; must be a period of the chart's series
     * @param label a short label, never blank
     */
    public ChartAnnotation {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("an annotation needs a label");
        }
    }
}
