/**
 * The progress scale's JSON layer: reads the bundled IHI progress scale, which sits beside it as
 * versioned data. Not exported.
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.progress.internal;

import org.jspecify.annotations.NullMarked;
