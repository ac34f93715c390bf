/**
 * The numerical kernels behind the measurement API: medians, binomial and runs-distribution
 * quantiles, and the pattern detectors of the rule sets. Not exported; nothing here is API.
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.measurement.internal;

import org.jspecify.annotations.NullMarked;
