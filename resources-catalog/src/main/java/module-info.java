/**
 * The catalogue of co-production resources: the bundled national catalogue, local overlays, and
 * search.
 */
module uk.nhs.coproduction.catalog {
    requires static org.jspecify;

    exports uk.nhs.coproduction.catalog;
}
