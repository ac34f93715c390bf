package uk.nhs.coproduction.alwaysevents.report;

import java.util.Objects;

/**
 * Where a PDSA cycle sits on the run chart: the measurement period of its test and a short
 * label such as "PDSA 2 (C3): adopted".
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param cycle the cycle's number
 * @param period the period it is drawn at
 * @param label the label
 * @since 0.1.0
 */
public record PdsaMarker(int cycle, String period, String label) {

    /**
     * Checks the components.
     *
     * @param cycle the cycle's number
     * @param period the period it is drawn at
     * @param label the label
     */
    public PdsaMarker {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(label, "label");
    }
}
