/**
 * The {@code catalog} commands: search the national catalogue of co-production resources (with
 * facets), export it as JSON, CSV, JSON-LD or DCAT, and check a local catalogue file before it is
 * merged. They use the catalogue library's public API only.
 */
@NullMarked
package uk.nhs.coproduction.app.catalog;

import org.jspecify.annotations.NullMarked;
