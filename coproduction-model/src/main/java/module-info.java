/**
 * The co-production model: the frameworks of co-production as versioned data (the Co-Production
 * Model's values and steps, the ladder of participation, the statutory guidance's principles, the
 * PPV partner policy and the alignment model), partners and their roles, partnerships, the
 * co-production health check, the alignment of experience of care, quality improvement and
 * co-production, validation, JSON documents, and a check of free text for contact details and
 * NHS numbers before it is stored.
 *
 * <p>Framework wording is loaded from versioned data files, so an organisation can load its own
 * edition without changing code. Personal data (names, contact details, community information)
 * is optional, never shown by {@code toString} or exception messages, and community information
 * is reported only in aggregate.
 *
 * <p>JSpecify's nullness annotations are part of the API's signatures, so they are required
 * {@code static transitive}: optional at run time, visible to users' compilers.
 *
 * <p>The packages form a strict hierarchy. A package and its hidden {@code internal} package are
 * one concept and may use each other; otherwise each concept uses only those below it, from the
 * bottom up: {@code internal} (shared helpers), {@code personaldetails} (the check of free
 * text for contact details and NHS numbers, which knows no other package), {@code validation},
 * {@code ladder}, {@code partner}, {@code partnership}, {@code alignment}, {@code framework},
 * {@code healthcheck}, {@code json}. Each constraint annotation sits with the type it constrains
 * and its validator in that package's {@code internal}; the JSON layer reads the bundled
 * framework editions and provides them to {@code Frameworks.bundled()} as a service. The test
 * {@code PackageLayeringTest} keeps it so.
 *
 * <p>Only API packages are exported. Hibernate Validator reads the constrained types and
 * instantiates their validators reflectively, so their packages are opened to it and to nothing
 * else.
 *
 * @since 0.1.0
 */
module uk.nhs.coproduction.model {
    requires static transitive org.jspecify;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires tools.jackson.databind;

    exports uk.nhs.coproduction.model.alignment;
    exports uk.nhs.coproduction.model.framework;
    exports uk.nhs.coproduction.model.healthcheck;
    exports uk.nhs.coproduction.model.json;
    exports uk.nhs.coproduction.model.ladder;
    exports uk.nhs.coproduction.model.partner;
    exports uk.nhs.coproduction.model.partnership;
    exports uk.nhs.coproduction.model.personaldetails;
    exports uk.nhs.coproduction.model.validation;

    opens uk.nhs.coproduction.model.framework to org.hibernate.validator;
    opens uk.nhs.coproduction.model.framework.internal to org.hibernate.validator;
    opens uk.nhs.coproduction.model.partner to org.hibernate.validator;
    opens uk.nhs.coproduction.model.partnership to org.hibernate.validator;
    opens uk.nhs.coproduction.model.partnership.internal to org.hibernate.validator;

    // Frameworks.bundled() gets the bundled editions from the JSON layer, which reads them,
    // without the framework package depending on the layer above it.
    uses uk.nhs.coproduction.model.framework.internal.BundledEditions;
    provides uk.nhs.coproduction.model.framework.internal.BundledEditions
            with uk.nhs.coproduction.model.json.internal.BundledFrameworks;
}
