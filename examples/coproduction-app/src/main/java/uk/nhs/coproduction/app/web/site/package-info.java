/**
 * What every page of the web app shares: the layout's {@link uk.nhs.coproduction.app.web.site.Page}
 * model, the header navigation, the form-with-errors pattern
 * ({@link uk.nhs.coproduction.app.web.site.FormErrors}, shown in an error summary and next to
 * each field), the error pages and the home page.
 */
@NullMarked
package uk.nhs.coproduction.app.web.site;

import org.jspecify.annotations.NullMarked;
