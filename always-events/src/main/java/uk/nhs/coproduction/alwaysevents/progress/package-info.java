/**
 * The progress score of an Always Events&reg; project on the IHI 0.5 to 5 scale used by
 * improvement collaboratives: the {@link uk.nhs.coproduction.alwaysevents.progress.ProgressScale}
 * as versioned data, the {@link uk.nhs.coproduction.alwaysevents.progress.ProgressScore} a person
 * sets, and the history of every change with who set it and why. The library can suggest a
 * score from the project's facts; a person decides.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.progress;

import org.jspecify.annotations.NullMarked;
