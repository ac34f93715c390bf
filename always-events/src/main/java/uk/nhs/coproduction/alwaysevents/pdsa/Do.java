package uk.nhs.coproduction.alwaysevents.pdsa;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The "do" of a PDSA cycle: the test was carried out, and what was observed, including problems
 * and anything unexpected.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param observations what was observed, never blank
 * @param carriedOutOn when the test was carried out (or finished)
 * @since 0.1.0
 */
public record Do(String observations, LocalDate carriedOutOn) {

    /**
     * Checks the components.
     *
     * @param observations what was observed, never blank
     * @param carriedOutOn when the test was carried out (or finished)
     */
    public Do {
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(carriedOutOn, "carriedOutOn");
        if (observations.isBlank()) {
            throw new IllegalArgumentException("the do step needs the observations");
        }
    }

    /** Shows the date only. */
    @Override
    public String toString() {
        return "Do[carriedOutOn=" + carriedOutOn + "]";
    }
}
