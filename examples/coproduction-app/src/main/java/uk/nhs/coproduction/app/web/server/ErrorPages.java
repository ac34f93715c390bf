package uk.nhs.coproduction.app.web.server;

/**
 * Makes the HTML page for an error outside the JSON API: not found, too large, or our own fault.
 * The message is for the user; it never holds a stack trace.
 */
@FunctionalInterface
public interface ErrorPages {

    /** The page for this status and message. */
    Reply page(Request request, int status, String message);
}
