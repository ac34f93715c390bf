/**
 * Published catalogue releases: a {@link uk.nhs.coproduction.catalog.release.CatalogRelease} (one
 * release of one catalogue: its resources and changelog), who publishes it and which release it is
 * ({@link uk.nhs.coproduction.catalog.release.CatalogInfo}), and its changelog entries
 * ({@link uk.nhs.coproduction.catalog.release.ReleaseNote}). Releases are plain values: reading
 * and writing them, the bundled national release included, is the exchange layer's job
 * ({@link uk.nhs.coproduction.catalog.exchange.CatalogJson}).
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.catalog.release;

import org.jspecify.annotations.NullMarked;
