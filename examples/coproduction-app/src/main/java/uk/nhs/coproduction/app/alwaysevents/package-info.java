/**
 * The {@code always-events} command line: drive Always Events&reg; projects kept in the embedded
 * file store (start, join, record what matters, state the Always Event, plan and record PDSA
 * cycles, record measurements, take workflow steps, see the status and the run chart), and a
 * demonstration that runs the Humber NHS Foundation Trust's Always Event from set-up to spread.
 * Always Events is a registered trademark of the Institute for Healthcare Improvement.
 */
@NullMarked
package uk.nhs.coproduction.app.alwaysevents;

import org.jspecify.annotations.NullMarked;
