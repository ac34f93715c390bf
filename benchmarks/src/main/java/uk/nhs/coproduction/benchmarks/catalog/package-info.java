/**
 * Benchmarks of the resources catalogue on synthetic catalogues of 1,000, 10,000 and 100,000
 * resources: index build and a search with text, two filters and facet counts, each measured
 * through the library and, in the same run, as the same work done directly on Lucene (the
 * baseline), so results are read as ratios.
 */
@NullMarked
package uk.nhs.coproduction.benchmarks.catalog;

import org.jspecify.annotations.NullMarked;
