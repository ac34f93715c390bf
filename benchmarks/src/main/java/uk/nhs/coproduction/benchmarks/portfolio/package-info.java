/**
 * The portfolio of Always Events projects: summarising 500 projects with {@code Portfolio.of}
 * against the per-project summary, and the web app's summary table answered over HTTP against a
 * static file and the list of projects, each in the same run.
 */
@NullMarked
package uk.nhs.coproduction.benchmarks.portfolio;

import org.jspecify.annotations.NullMarked;
