package uk.nhs.coproduction.alwaysevents.store;

/**
 * A store could not do what was asked because of an I/O failure or a log that is damaged other
 * than at its last line (which would be a torn write, repaired and reported as a
 * {@link Recovery}). The message names the project, the file and the line.
 */
public final class EventStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public EventStoreException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public EventStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
