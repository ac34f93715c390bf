/**
 * Always Events&reg; (a registered trademark of the Institute for Healthcare Improvement).
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents;

import org.jspecify.annotations.NullMarked;
