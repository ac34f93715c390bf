/**
 * Benchmarks of the measurement package: analysing 10,000 and 1,000,000 points with every chart,
 * against a plain loop over the same values measured in the same run.
 */
@NullMarked
package uk.nhs.coproduction.benchmarks.measurement;

import org.jspecify.annotations.NullMarked;
