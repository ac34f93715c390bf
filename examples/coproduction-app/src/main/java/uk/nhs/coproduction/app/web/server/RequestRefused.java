package uk.nhs.coproduction.app.web.server;

import java.util.List;

/**
 * Thrown while reading a request that cannot be served, such as a body over the size limit or of
 * the wrong media type. The {@link Router} answers it with the status and message: as a problem
 * on the JSON API, as an error page elsewhere. The message is shown to the user, so it says what
 * was wrong and what to do, and never repeats what was sent.
 */
public final class RequestRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<Problem.Error> errors;

    /** A refusal with this status and message. */
    public RequestRefused(int status, String message) {
        this(status, message, List.of());
    }

    /** A refusal with this status, message and itemised errors. */
    public RequestRefused(int status, String message, List<Problem.Error> errors) {
        super(message, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    /** The itemised errors, never null. */
    public List<Problem.Error> errors() {
        return errors;
    }
}
