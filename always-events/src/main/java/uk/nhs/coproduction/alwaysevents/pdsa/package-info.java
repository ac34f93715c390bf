/**
 * Plan-Do-Study-Act (PDSA) cycles, the tests of change of the Model for Improvement: a
 * {@link uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle} tests one change idea of the driver
 * diagram, with a {@link uk.nhs.coproduction.alwaysevents.pdsa.Plan} that states a prediction, a
 * {@link uk.nhs.coproduction.alwaysevents.pdsa.Do} with what was observed, a
 * {@link uk.nhs.coproduction.alwaysevents.pdsa.Study} against the prediction, and an
 * {@link uk.nhs.coproduction.alwaysevents.pdsa.Act}: adopt, adapt or abandon the change.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.pdsa;

import org.jspecify.annotations.NullMarked;
