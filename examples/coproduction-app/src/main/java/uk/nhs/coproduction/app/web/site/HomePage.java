package uk.nhs.coproduction.app.web.site;

import uk.nhs.coproduction.app.web.server.Handler;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.Templates;

/**
 * The home page: what the library is and what each area of the site shows. It touches no library
 * data, so it is ready the moment the server is.
 */
public final class HomePage implements Handler {

    private final Templates templates;

    /** The home page, made with these templates. */
    public HomePage(Templates templates) {
        this.templates = templates;
    }

    @Override
    public Reply handle(Request request) {
        return Reply.html(200, templates.render("home.jte", Page.of("Co-production, Always Events and quality "
                + "improvement, in software", Navigation.HOME).forRequest(request)));
    }
}
