package uk.nhs.coproduction.alwaysevents.portfolio;

import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import java.util.Objects;

/**
 * One measure of a project in the portfolio: its name, the part it plays in the family of
 * measures, and what it reads now.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the measure's name, such as "Reliability of the Always Event"
 * @param role outcome, process or balancing
 * @param reading the latest value with its icons, or why there is none yet
 * @since 0.1.0
 * @provisional
 */
public record PortfolioMeasure(String name, MeasureRole role, MeasureReading reading) {

    /** The name of the outcome measure every project has today. */
    public static final String RELIABILITY = uk.nhs.coproduction.alwaysevents.report.MeasureSummary.RELIABILITY_NAME;

    /**
     * Checks the components.
     *
     * @param name the measure's name
     * @param role outcome, process or balancing
     * @param reading the latest value with its icons, or why there is none yet
     */
    public PortfolioMeasure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(reading, "reading");
    }
}
