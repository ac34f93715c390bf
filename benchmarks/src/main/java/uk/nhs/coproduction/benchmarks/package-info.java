/**
 * JMH benchmarks. Each benchmark class measures one feature together with a baseline in the same
 * run, so results are read as ratios.
 */
@NullMarked
package uk.nhs.coproduction.benchmarks;

import org.jspecify.annotations.NullMarked;
