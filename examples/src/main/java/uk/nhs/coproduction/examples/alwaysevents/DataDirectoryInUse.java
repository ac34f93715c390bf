package uk.nhs.coproduction.examples.alwaysevents;

import uk.nhs.coproduction.alwaysevents.store.EventStoreException;

/**
 * Recognises a file store that could not be opened because another store holds its data
 * directory. A {@code FileEventStore} owns its directory while it is open, in this process or
 * another, so {@code serve} (whose store stays open while it runs) and the {@code always-events}
 * commands cannot use the same directory at the same time; both say so in words people can act on.
 */
public final class DataDirectoryInUse {

    /** What the command line adds to the store's own message. */
    static final String COMMAND_LINE_ADVICE = ". One program at a time can use a data directory: if serve is "
            + "running with it, stop serve (Ctrl+C) or give this command another --data";

    private DataDirectoryInUse() {
    }

    /** Whether {@code failure} says the directory is held by another store, in this process or another. */
    public static boolean isTheCause(EventStoreException failure) {
        String message = String.valueOf(failure.getMessage());
        return message.contains("in use by another process") || message.contains("already open in this process");
    }

    /** The store's message, with what to do when the directory is held by another program. */
    static String forCommandLine(EventStoreException failure) {
        return failure.getMessage() + (isTheCause(failure) ? COMMAND_LINE_ADVICE : "");
    }
}
