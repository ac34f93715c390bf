/**
 * Moving catalogues in and out: JSON ({@link uk.nhs.coproduction.catalog.exchange.CatalogJson},
 * described by a JSON Schema), CSV for spreadsheets
 * ({@link uk.nhs.coproduction.catalog.exchange.CatalogCsv}), schema.org JSON-LD for each item page
 * ({@link uk.nhs.coproduction.catalog.exchange.JsonLd}) and a DCAT catalogue feed for harvesters
 * ({@link uk.nhs.coproduction.catalog.exchange.DcatFeed}).
 *
 * <p>Imports check every row and report every error with its row and column
 * ({@link uk.nhs.coproduction.catalog.exchange.ImportError}); if any row is wrong nothing is
 * imported ({@link uk.nhs.coproduction.catalog.exchange.ImportResult.Refused}). Writing then
 * reading gives back exactly what was written.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.catalog.exchange;

import org.jspecify.annotations.NullMarked;
