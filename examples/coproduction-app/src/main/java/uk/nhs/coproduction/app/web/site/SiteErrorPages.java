package uk.nhs.coproduction.app.web.site;

import uk.nhs.coproduction.app.web.server.ErrorPages;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.Templates;

/** The site's error pages, in its layout, with a heading that says what happened in plain words. */
public final class SiteErrorPages implements ErrorPages {

    private final Templates templates;

    /** Error pages made with these templates. */
    public SiteErrorPages(Templates templates) {
        this.templates = templates;
    }

    @Override
    public Reply page(Request request, int status, String message) {
        String heading = switch (status) {
            case 404 -> "Page not found";
            case 413 -> "What you sent is too large";
            case 500 -> "Sorry, there is a problem with the service";
            case 400, 414, 415, 431 -> "What you sent could not be read";
            case 408 -> "What you sent did not arrive in time";
            case 403, 421 -> "This request was refused";
            case 405 -> "This address cannot be used that way";
            case 503 -> "This part of the service is not available just now";
            default -> "Something went wrong";
        };
        ErrorPage model = new ErrorPage(Page.of(heading, "").forRequest(request), status, heading, message);
        return Reply.html(status, templates.render("error.jte", model));
    }
}
