/**
 * Measuring reliability: run charts and statistical process control (SPC) charts that agree with
 * the tools NHS trusts use (qicharts2, NHSRplotthedots and the Power BI SPC visual).
 *
 * <p>A {@link uk.nhs.coproduction.alwaysevents.measurement.Series} holds one observation per
 * period (a value, or a numerator and denominator), keeping missing periods as gaps. A
 * {@link uk.nhs.coproduction.alwaysevents.measurement.ChartSpec} names the chart, the rule set
 * chosen by the caller, the baseline and the improvement direction;
 * {@link uk.nhs.coproduction.alwaysevents.measurement.ChartSpec#analyse analyse} returns an
 * immutable {@link uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis}, or a refusal that
 * names the point at fault. {@link uk.nhs.coproduction.alwaysevents.measurement.Reliability}
 * summarises how reliably an Always Event&reg; happens against its aim and whether that
 * reliability is sustained. Always Events is a registered trademark of the Institute for
 * Healthcare Improvement.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.measurement;

import org.jspecify.annotations.NullMarked;
