/**
 * The catalogue's pages and JSON API: search with facets, paging and NHS link labels, and each
 * resource's page with its schema.org JSON-LD. They read one catalogue snapshot per request, so a
 * page never mixes two versions of the catalogue.
 */
@NullMarked
package uk.nhs.coproduction.app.web.catalog;

import org.jspecify.annotations.NullMarked;
