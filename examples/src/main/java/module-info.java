/**
 * Runnable examples of the NHS co-production library: a command line and a small web app that use
 * only the library's public API.
 *
 * <p>The web app runs on Jetty's core server (no servlets), which logs through SLF4J; its HTML comes
 * from jte templates compiled at build time, whose classes the jte runtime loads by name.
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
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.util;
    requires gg.jte.runtime;
    // The classes jte generates carry @javax.annotation.processing.Generated (source retention only).
    requires static java.compiler;

    opens uk.nhs.coproduction.examples to info.picocli;
    opens uk.nhs.coproduction.examples.alwaysevents to info.picocli;
    opens uk.nhs.coproduction.examples.check to info.picocli;
    opens uk.nhs.coproduction.examples.spc to info.picocli;
    opens uk.nhs.coproduction.examples.catalog to info.picocli;
    opens uk.nhs.coproduction.examples.web to info.picocli;

    opens uk.nhs.coproduction.examples.web.templates to gg.jte.runtime;
    opens uk.nhs.coproduction.examples.web.templates.catalog to gg.jte.runtime;
    opens uk.nhs.coproduction.examples.web.templates.components to gg.jte.runtime;
    opens uk.nhs.coproduction.examples.web.templates.healthcheck to gg.jte.runtime;
    opens uk.nhs.coproduction.examples.web.templates.projects to gg.jte.runtime;
    opens uk.nhs.coproduction.examples.web.templates.reliability to gg.jte.runtime;
}
