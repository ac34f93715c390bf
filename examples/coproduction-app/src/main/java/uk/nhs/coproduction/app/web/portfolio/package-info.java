/**
 * The portfolio of the app's Always Events&reg; projects on the web: Making Data Count's summary
 * table at {@code /portfolio} (one row per project with its phase, status, progress score, ladder
 * rung and the latest value, variation icon and assurance icon of each measure), filtered by area
 * of focus and phase, with the same rows as CSV at {@code /portfolio.csv} and as JSON at
 * {@code /api/portfolio}. The rows come from the library's {@code Portfolio.of}. Always Events is
 * a registered trademark of the Institute for Healthcare Improvement.
 */
@NullMarked
package uk.nhs.coproduction.app.web.portfolio;

import org.jspecify.annotations.NullMarked;
