/**
 * The {@code spc} command: reads a CSV time series, analyses it with a run chart or an SPC chart
 * and prints the analysis as JSON (a documented contract), text or SVG.
 */
@NullMarked
package uk.nhs.coproduction.app.spc;

import org.jspecify.annotations.NullMarked;
