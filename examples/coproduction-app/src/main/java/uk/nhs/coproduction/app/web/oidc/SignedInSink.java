package uk.nhs.coproduction.app.web.oidc;

import java.io.IOException;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;

/**
 * What the app does with a person its organisation's provider has signed in: the seam between
 * this package, which proves who someone is, and the app's sessions, which remember it.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SignedInSink {

    /**
     * Signs the person in to the app and answers the callback, typically with a redirect to
     * {@code returnTo} that sets the session's cookie.
     *
     * @param person who signed in; every check has passed
     * @param request the callback request
     * @param returnTo the local path the person was going to (already checked to be local)
     * @return the reply to the callback
     * @throws IOException if the session cannot be stored
     */
    Reply signedIn(SignInResult.SignedIn person, Request request, String returnTo) throws IOException;
}
