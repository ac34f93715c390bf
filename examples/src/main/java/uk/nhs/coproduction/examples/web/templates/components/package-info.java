/**
 * The classes jte makes at build time from the templates in {@code src/main/jte/components}.
 */
package uk.nhs.coproduction.examples.web.templates.components;
