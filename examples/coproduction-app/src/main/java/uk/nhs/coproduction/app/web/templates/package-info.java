/**
 * The classes jte makes at build time from the templates in {@code src/main/jte} (the page areas'
 * templates are in sub-packages named after their folders). Nothing here is written by hand but
 * this description.
 */
package uk.nhs.coproduction.app.web.templates;
