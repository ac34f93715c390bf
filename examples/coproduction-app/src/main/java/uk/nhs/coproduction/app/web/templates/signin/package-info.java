/**
 * The classes jte makes at build time from the templates in {@code src/main/jte/signin}.
 */
package uk.nhs.coproduction.app.web.templates.signin;
