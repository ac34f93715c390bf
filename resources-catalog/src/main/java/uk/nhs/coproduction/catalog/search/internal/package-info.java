/**
 * The Lucene implementation of catalogue search: an in-memory index built once per immutable
 * snapshot, analysers with English stemming and query-time synonyms, drill-sideways facets,
 * highlighting and MoreLikeThis. Not exported.
 */
@NullMarked
package uk.nhs.coproduction.catalog.search.internal;

import org.jspecify.annotations.NullMarked;
