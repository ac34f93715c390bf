package uk.nhs.coproduction.app.alwaysevents;

import uk.nhs.coproduction.alwaysevents.store.DirectoryInUseException;
import uk.nhs.coproduction.alwaysevents.store.EventStoreException;

/**
 * What the command line says when a file store cannot be opened. A {@code FileEventStore} owns
 * its directory while it is open, in this process or another, so {@code serve} (whose store stays
 * open while it runs) and the {@code always-events} commands cannot use the same directory at the
 * same time: the library reports that as a {@link DirectoryInUseException}, and the command line
 * adds what to do about it.
 */
final class DataDirectoryInUse {

    /** What the command line adds to the store's own message when the directory is held. */
    static final String COMMAND_LINE_ADVICE = ". One program at a time can use a data directory: if serve is "
            + "running with it, stop serve (Ctrl+C) or give this command another --data";

    private DataDirectoryInUse() {
    }

    /** The store's message, with what to do when the directory is held by another program. */
    static String forCommandLine(EventStoreException failure) {
        return failure.getMessage() + (failure instanceof DirectoryInUseException ? COMMAND_LINE_ADVICE : "");
    }
}
