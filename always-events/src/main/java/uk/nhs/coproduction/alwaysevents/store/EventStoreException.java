package uk.nhs.coproduction.alwaysevents.store;

/**
 * A store could not do what was asked because of an I/O failure or a log that is damaged other
 * than at its last line (which would be a torn write, repaired and reported as a
 * {@link Recovery}). The message names the project, the file and the line.
 *
 * <p>One failure has a type of its own, so that callers can act on it without reading the
 * message: {@link DirectoryInUseException}, a file store's directory held by another store.
 *
 * @since 0.1.0
 */
public sealed class EventStoreException extends RuntimeException permits DirectoryInUseException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure described by {@code message}.
     *
     * @param message what failed, without personal data
     */
    public EventStoreException(String message) {
        super(message);
    }

    /**
     * A failure described by {@code message}, caused by {@code cause}.
     *
     * @param message what failed, without personal data
     * @param cause the underlying failure
     */
    public EventStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
