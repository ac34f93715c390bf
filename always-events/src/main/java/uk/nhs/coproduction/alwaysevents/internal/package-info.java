/**
 * Implementation shared by the Always Events packages; not exported, not an API.
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.internal;

import org.jspecify.annotations.NullMarked;
