/**
 * The "you said, we did" impact log of an Always Events&reg; project: each
 * {@link uk.nhs.coproduction.alwaysevents.impact.ImpactLogEntry} links what partners said to what
 * changed, and partners with lived experience can sign the result off
 * ({@link uk.nhs.coproduction.alwaysevents.impact.SignOff}).
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.impact;

import org.jspecify.annotations.NullMarked;
