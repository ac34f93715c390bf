package uk.nhs.coproduction.app.web.site;

/**
 * The model of the error page: the status and what to tell the user.
 *
 * @param page the layout's page
 * @param status the HTTP status
 * @param heading the page's heading
 * @param message what went wrong and what to do
 */
public record ErrorPage(Page page, int status, String heading, String message) {
}
