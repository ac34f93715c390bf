/**
 * The numerical kernels behind the measurement API: medians, binomial and runs-distribution
 * quantiles, the c<sub>4</sub> constant of subgroup charts, and the pattern detectors of the rule
 * sets. Not exported; nothing here is API.
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.measurement.internal;

import org.jspecify.annotations.NullMarked;
