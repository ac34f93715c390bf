/**
 * Always Events&reg;: the workflow of an Always Events project, PDSA cycles, and the measurement of
 * reliability with run charts and SPC charts.
 *
 * <p>Always Events is a registered trademark of the Institute for Healthcare Improvement.
 */
module uk.nhs.coproduction.alwaysevents {
    requires static org.jspecify;
    requires transitive uk.nhs.coproduction.model;

    exports uk.nhs.coproduction.alwaysevents;
}
