/**
 * Measuring the reliability of an Always Event&reg; on the web: the run-chart page (measurements
 * pasted or uploaded as CSV, the run chart with its aim line, what it shows, and the data as a
 * table) and the measurement API (reliability, and any run chart or SPC chart with the
 * {@code spc} command's options). {@link uk.nhs.coproduction.app.web.reliability.ChartView}
 * is the chart component other pages reuse. Always Events is a registered trademark of the
 * Institute for Healthcare Improvement.
 */
@NullMarked
package uk.nhs.coproduction.app.web.reliability;

import org.jspecify.annotations.NullMarked;
