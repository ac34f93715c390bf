/**
 * The driver diagram of an Always Events&reg; project: from the aim, through the primary drivers
 * (what must happen to reach it) and the secondary drivers (what influences them), to the change
 * ideas that PDSA cycles test.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.driver;

import org.jspecify.annotations.NullMarked;
