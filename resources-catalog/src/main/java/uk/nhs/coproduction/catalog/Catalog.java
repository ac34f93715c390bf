package uk.nhs.coproduction.catalog;

/**
 * The catalogue of co-production resources (skeleton: filled in by the catalogue issue).
 */
public final class Catalog {

    private Catalog() {
    }
}
