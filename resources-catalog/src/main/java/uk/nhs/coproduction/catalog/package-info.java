/**
 * The catalogue of co-production resources: {@link uk.nhs.coproduction.catalog.Catalog} (the live
 * catalogue, swapped atomically on update), {@link uk.nhs.coproduction.catalog.CatalogSnapshot}
 * (one consistent, searchable view), and {@link uk.nhs.coproduction.catalog.CatalogRelease} (one
 * published release of one catalogue, with its {@link uk.nhs.coproduction.catalog.ReleaseNote}
 * changelog). {@link uk.nhs.coproduction.catalog.CatalogRelease#national()} is the national
 * catalogue bundled with the library.
 */
@NullMarked
package uk.nhs.coproduction.catalog;

import org.jspecify.annotations.NullMarked;
