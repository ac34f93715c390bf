/**
 * Benchmarks of the Always Events&reg; workflow: a guarded, event-recorded transition and the
 * replay of a project's log, each side by side in the same run with Spring Statemachine doing
 * the equivalent work and with a minimal hand-written floor; and {@code ProjectFootprint}, which
 * measures the retained size of a live project with JOL.
 */
@NullMarked
package uk.nhs.coproduction.benchmarks.workflow;

import org.jspecify.annotations.NullMarked;
