package uk.nhs.coproduction.app.web.server;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler, for what Jetty answers itself before (or instead of) the {@link Router}:
 * a malformed request or address (400; 404 for a path with an encoded slash or dot segment,
 * which names nothing here), headers too large (431), a body over the limit (413), a request that
 * did not arrive in time (408). It answers in the app's own way, through the router's
 * refusal: the error page, or problem details under {@code /api/}, with the security headers.
 * Jetty's own message and any exception are never shown: the user reads a message of ours.
 */
public final class AppErrorHandler extends ErrorHandler {

    private static final Logger LOG = Logger.getLogger("uk.nhs.coproduction.app.web");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Router router;
    private final long bodyLimit;

    /**
     * An error handler that answers as this router does.
     *
     * @param router makes the error page or problem
     * @param bodyLimit the most bytes a request body may have, named in the 413 message
     */
    public AppErrorHandler(Router router, long bodyLimit) {
        this.router = router;
        this.bodyLimit = bodyLimit;
    }

    @Override
    public boolean handle(org.eclipse.jetty.server.Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : response.getStatus();
        if (status < 400 || status > 599) {
            status = 500;
        }
        if (status == 400 && isAmbiguousPath(request)) {
            // An encoded slash or dot segment (%2F, %2e%2e), refused by Jetty's URI compliance: such an
            // address names nothing here, and is answered as any other (404).
            status = 404;
        }
        Request ours;
        try {
            ours = Request.from(request, bodyLimit);
        } catch (RuntimeException unreadable) {
            ours = Request.of("GET", "/", Map.of(), new byte[0], bodyLimit, Map.of());
        }
        if (status == 500 && request.getAttribute(ERROR_EXCEPTION) instanceof Throwable failure) {
            byte[] bytes = new byte[4];
            RANDOM.nextBytes(bytes);
            String reference = HexFormat.of().formatHex(bytes);
            LOG.log(Level.SEVERE, "Request " + ours.method() + " " + ours.path() + " failed; reference " + reference,
                    failure);
            ReplyWriter.write(router.refusal(ours, 500, "Something went wrong on our side, and nothing was saved. "
                    + "If it happens again, quote reference " + reference + ".", List.of())
                    .withHeader("Connection", "close"), response, callback, false);
            return true;
        }
        Reply reply = router.refusal(ours, status, message(status), List.of());
        if (!(status == 404 && isAmbiguousPath(request))) {
            // Jetty closes the connection after a request it could not parse (an encoded NUL in the
            // path, say), after a body over the limit and after a time-out. Say so, or a client
            // that keeps connections alive sends its next request down a closed connection.
            reply = reply.withHeader("Connection", "close");
        }
        ReplyWriter.write(reply, response, callback, ours.method().equals("HEAD"));
        return true;
    }

    private static boolean isAmbiguousPath(org.eclipse.jetty.server.Request request) {
        try {
            return request.getHttpURI().isAmbiguous();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private String message(int status) {
        return switch (status) {
            case 400 -> "What was sent is not a well-formed request: check the address, or start again from the "
                    + "home page.";
            case 408 -> "The request did not arrive in time, and nothing was saved. Send it again.";
            case 413 -> "The request is too large: at most " + Request.sizeText(bodyLimit)
                    + " can be sent. Send a smaller file or split it.";
            case 414 -> "The address is too long. Check it, or start again from the home page.";
            case 431 -> "The request's headers are too large. Clear this site's cookies, or use a shorter address.";
            case 404 -> "There is nothing at this address. Check it, or start again from the home page.";
            case 405 -> "This address does not accept that method.";
            case 500 -> "Something went wrong on our side, and nothing was saved.";
            default -> "This request could not be answered.";
        };
    }
}
