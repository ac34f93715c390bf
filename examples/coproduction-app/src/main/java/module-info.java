/**
 * The co-production app: a command line and a small web app with a JSON API, built on the NHS
 * co-production library's public API only, as a user's own application would be.
 *
 * <p>The web app runs on Jetty's core server (no servlets), which logs through SLF4J; its HTML comes
 * from jte templates compiled at build time, whose classes the jte runtime loads by name.
 */
module uk.nhs.coproduction.app {
    requires static org.jspecify;
    requires uk.nhs.coproduction.model;
    requires uk.nhs.coproduction.alwaysevents;
    requires uk.nhs.coproduction.alwaysevents.postgres;
    requires com.zaxxer.hikari;
    requires java.sql;
    requires uk.nhs.coproduction.catalog;
    requires info.picocli;
    requires java.logging;
    // serve sets the JVM's manageable heap options so memory is given back after load (web.MemoryDefaults).
    requires java.management;
    requires jdk.management;
    requires tools.jackson.databind;
    requires org.apache.commons.csv;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.util;
    requires gg.jte.runtime;
    // The board report's PDF: openhtmltopdf on PDFBox, its SVG charts drawn by Batik; read as XML first.
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires openhtmltopdf.svg.support;
    requires java.xml;
    // Passwords are hashed with Argon2id by Bouncy Castle's lightweight API (web.accounts.Passwords).
    requires org.bouncycastle.provider;
    // Sign-in with an organisation's OpenID Connect provider (web.oidc): Connect2id's SDK, an
    // automatic module, and the Nimbus JOSE + JWT module it is built on.
    requires oauth2.oidc.sdk;
    requires com.nimbusds.jose.jwt;
    // The classes jte generates carry @javax.annotation.processing.Generated (source retention only).
    requires static java.compiler;

    opens uk.nhs.coproduction.app to info.picocli;
    opens uk.nhs.coproduction.app.alwaysevents to info.picocli;
    opens uk.nhs.coproduction.app.check to info.picocli;
    opens uk.nhs.coproduction.app.spc to info.picocli;
    opens uk.nhs.coproduction.app.catalog to info.picocli;
    opens uk.nhs.coproduction.app.web to info.picocli;

    opens uk.nhs.coproduction.app.web.templates to gg.jte.runtime;
    opens uk.nhs.coproduction.app.web.templates.boardreport to gg.jte.runtime;
    opens uk.nhs.coproduction.app.web.templates.catalog to gg.jte.runtime;
    opens uk.nhs.coproduction.app.web.templates.components to gg.jte.runtime;
    opens uk.nhs.coproduction.app.web.templates.goals to gg.jte.runtime;
    opens uk.nhs.coproduction.app.web.templates.healthcheck to gg.jte.runtime;
    opens uk.nhs.coproduction.app.web.templates.portfolio to gg.jte.runtime;
    opens uk.nhs.coproduction.app.web.templates.projects to gg.jte.runtime;
    opens uk.nhs.coproduction.app.web.templates.reliability to gg.jte.runtime;
    opens uk.nhs.coproduction.app.web.templates.signin to gg.jte.runtime;
}
