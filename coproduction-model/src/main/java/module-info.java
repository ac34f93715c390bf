/**
 * The co-production model: the Co-Production Model's values and steps, the ladder of
 * participation, partners and their roles, partnerships, and the co-production health check.
 *
 * <p>Framework wording (values, steps, rungs, principles) is loaded from versioned data files, so
 * an organisation can load its own edition without changing code.
 */
module uk.nhs.coproduction.model {
    requires static org.jspecify;

    exports uk.nhs.coproduction.model;
}
