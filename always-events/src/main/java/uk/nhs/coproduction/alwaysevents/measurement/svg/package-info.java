/**
 * Drawing analysed charts as accessible SVG in the NHS England "Making Data Count" colour
 * conventions: grey for common-cause points, blue for improvement, orange for concern, purple for
 * neutral special causes, a red target (aim) line; a {@code <title>} and {@code <desc>}, labelled
 * axes, a tooltip on every point, optional annotations (for example PDSA cycles), and a text or
 * HTML table alternative for screen readers.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.measurement.svg;

import org.jspecify.annotations.NullMarked;
