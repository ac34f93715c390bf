/**
 * Runnable examples of the NHS co-production library: a command line (and later a web app) that
 * use only the library's public API.
 */
module uk.nhs.coproduction.examples {
    requires static org.jspecify;
    requires uk.nhs.coproduction.model;
    requires uk.nhs.coproduction.alwaysevents;
    requires uk.nhs.coproduction.catalog;
    requires info.picocli;
    requires java.logging;
    requires tools.jackson.databind;
    requires org.apache.commons.csv;

    opens uk.nhs.coproduction.examples to info.picocli;
    opens uk.nhs.coproduction.examples.alwaysevents to info.picocli;
    opens uk.nhs.coproduction.examples.check to info.picocli;
    opens uk.nhs.coproduction.examples.spc to info.picocli;
    opens uk.nhs.coproduction.examples.catalog to info.picocli;
}
