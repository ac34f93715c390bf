/**
 * Always Events&reg;: the workflow of an Always Events project, PDSA cycles, and the measurement of
 * reliability with run charts and SPC charts.
 *
 * <p>{@code uk.nhs.coproduction.alwaysevents.measurement} analyses a time series with run charts
 * (Anhøj or IHI rules), I, MR, P, P&prime; and U charts, and the NHS England "Making Data Count"
 * XmR chart with its variation and assurance icons, and summarises the reliability of an Always
 * Event against its aim. {@code uk.nhs.coproduction.alwaysevents.measurement.svg} draws any of
 * those charts as accessible SVG.
 *
 * <p>Always Events is a registered trademark of the Institute for Healthcare Improvement.
 */
module uk.nhs.coproduction.alwaysevents {
    requires static org.jspecify;
    requires transitive uk.nhs.coproduction.model;

    exports uk.nhs.coproduction.alwaysevents;
    exports uk.nhs.coproduction.alwaysevents.measurement;
    exports uk.nhs.coproduction.alwaysevents.measurement.svg;
}
