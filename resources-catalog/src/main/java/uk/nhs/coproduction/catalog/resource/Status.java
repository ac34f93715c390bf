package uk.nhs.coproduction.catalog.resource;

/**
 * Where a resource is in its lifecycle (ADMS status, schema.org {@code creativeWorkStatus}).
 * Withdrawn resources stay in the catalogue as tombstones, readable by id but left out of search
 * unless asked for.
 *
 * @since 0.1.0
 */
public enum Status implements ControlledTerm {
    /** Being prepared; not shown to users by default. */
    DRAFT("draft"),
    /** Current and recommended. */
    PUBLISHED("published"),
    /** Still available but superseded or no longer recommended. */
    DEPRECATED("deprecated"),
    /** No longer available or no longer to be used; carries a reason. */
    WITHDRAWN("withdrawn");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
