/**
 * Federation: the national catalogue merged with local {@link uk.nhs.coproduction.catalog.federation.Overlay}s.
 * A local catalogue adds resources in its own namespace, hides or annotates national resources,
 * and never overwrites them. Whatever cannot be merged cleanly is reported as a
 * {@link uk.nhs.coproduction.catalog.federation.Conflict}, never resolved silently; a resource
 * that disappears from its source becomes a withdrawn tombstone, never just vanishes. The result
 * of a merge is a {@link uk.nhs.coproduction.catalog.federation.CatalogSnapshot}: one consistent,
 * searchable view of the merged catalogues.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.catalog.federation;

import org.jspecify.annotations.NullMarked;
