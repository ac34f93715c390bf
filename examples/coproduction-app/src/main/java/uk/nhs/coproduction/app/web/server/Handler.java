package uk.nhs.coproduction.app.web.server;

import java.io.IOException;

/** Answers one kind of request: a page, an API call or an asset. */
@FunctionalInterface
public interface Handler {

    /**
     * The reply to a request.
     *
     * @throws IOException if reading the request fails
     * @throws RequestRefused if the request cannot be served (answered with its status and message)
     */
    Reply handle(Request request) throws IOException;
}
