/**
 * The catalogue of co-production resources: the national catalogue bundled with the library
 * (version and changelog included), local overlays federated with it, Lucene search with facets,
 * and import and export as JSON, CSV, schema.org JSON-LD and DCAT.
 *
 * <p>Start with {@link uk.nhs.coproduction.catalog.Catalog}: {@code Catalog.national()} loads the
 * bundled catalogue and {@code catalog.snapshot().search(query)} searches one consistent view of it.
 *
 * <p>The packages form a strict hierarchy; each uses only those before it in this list (a package
 * and its {@code .internal} implementation count as one), and {@code PackageLayeringTest} keeps it so:
 * <ol>
 *   <li>{@code resource}: resources, their vocabularies' data and local annotations;</li>
 *   <li>{@code label}: accessible link wording;</li>
 *   <li>{@code release}: published catalogue releases and their changelogs;</li>
 *   <li>{@code search}: the search contract (Lucene stays inside {@code search.internal});</li>
 *   <li>{@code federation}: overlays merged with a release into a {@code CatalogSnapshot};</li>
 *   <li>{@code exchange}: the JSON, CSV, JSON-LD and DCAT forms, and loading the bundled data;</li>
 *   <li>{@code uk.nhs.coproduction.catalog}: the {@code Catalog} facade.</li>
 * </ol>
 *
 * @since 0.1.0
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
    exports uk.nhs.coproduction.catalog.release;
    exports uk.nhs.coproduction.catalog.exchange;
    exports uk.nhs.coproduction.catalog.federation;
    exports uk.nhs.coproduction.catalog.label;
    exports uk.nhs.coproduction.catalog.search;
}
