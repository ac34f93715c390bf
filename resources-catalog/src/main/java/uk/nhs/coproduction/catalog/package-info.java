/**
 * The live catalogue: {@link uk.nhs.coproduction.catalog.Catalog}, a national release plus local
 * overlays, swapped atomically on update and read as one consistent
 * {@link uk.nhs.coproduction.catalog.federation.CatalogSnapshot}. {@code Catalog.national()} starts
 * from the national catalogue bundled with the library
 * ({@link uk.nhs.coproduction.catalog.exchange.CatalogJson#national()}).
 *
 * <p>This package is the top of the module's layers: it uses every other package and none uses it.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.catalog;

import org.jspecify.annotations.NullMarked;
