/**
 * The national goals' JSON layer: reads the bundled operational definition of co-production from
 * the very start and the wording of the NHS Staff Survey question, which sit beside it as
 * versioned data. Not exported.
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.goals.internal;

import org.jspecify.annotations.NullMarked;
