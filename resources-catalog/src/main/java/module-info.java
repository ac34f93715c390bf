/**
 * The catalogue of co-production resources: the national catalogue bundled with the library
 * (version and changelog included), local overlays federated with it, Lucene search with facets,
 * and import and export as JSON, CSV, schema.org JSON-LD and DCAT.
 *
 * <p>Start with {@link uk.nhs.coproduction.catalog.Catalog}: {@code Catalog.national()} loads the
 * bundled catalogue and {@code catalog.snapshot().search(query)} searches one consistent view of it.
 */
module uk.nhs.coproduction.catalog {
    requires static transitive org.jspecify;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires org.apache.commons.csv;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.facet;
    requires org.apache.lucene.queries;

    exports uk.nhs.coproduction.catalog;
    exports uk.nhs.coproduction.catalog.resource;
    exports uk.nhs.coproduction.catalog.exchange;
    exports uk.nhs.coproduction.catalog.federation;
    exports uk.nhs.coproduction.catalog.label;
    exports uk.nhs.coproduction.catalog.search;
}
