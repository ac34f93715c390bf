/**
 * The classes jte makes at build time from the templates in {@code src/main/jte/boardreport}.
 */
package uk.nhs.coproduction.app.web.templates.boardreport;
