package uk.nhs.coproduction.alwaysevents.store;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A file store could not be opened because another store holds its directory. One store owns a
 * directory at a time, in this process or another, until it is closed (see
 * {@link FileEventStore#open(Path)}); the directory is free again as soon as the other store is
 * closed or its process ends, so trying again later may succeed.
 *
 * <p>Catch it before {@link EventStoreException} to tell people what to do, for example to stop the
 * other program or to use another directory:
 *
 * <pre>{@code
 * try (FileEventStore store = FileEventStore.open(data)) {
 *     ...
 * } catch (DirectoryInUseException e) {
 *     System.err.println(e.directory() + " is in use by " + (e.heldBy() == Holder.THIS_PROCESS
 *             ? "another store in this program" : "another program") + ": stop it, or use another directory");
 * } catch (EventStoreException e) {
 *     System.err.println(e.getMessage());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DirectoryInUseException extends EventStoreException {

    private static final long serialVersionUID = 1L;

    /**
     * Who holds the directory.
     *
     * @since 0.1.0
     */
    public enum Holder {
        /** Another store opened in this process (this JVM) and not yet closed. */
        THIS_PROCESS,
        /** Another process, such as a second copy of the application. */
        OTHER_PROCESS
    }

    /** The directory the store could not open, as it would have used it. */
    private final String directory;
    /** Whether this process or another one holds the directory. */
    private final Holder heldBy;

    /**
     * The directory {@code directory} is held by {@code heldBy}.
     *
     * @param directory the directory, as the store would have used it
     * @param heldBy who holds it
     * @param cause what reported it, or null
     */
    public DirectoryInUseException(Path directory, Holder heldBy, @Nullable Throwable cause) {
        super("the data directory " + directory + (Objects.requireNonNull(heldBy, "heldBy") == Holder.THIS_PROCESS
                ? " is already open in this process" : " is in use by another process"), cause);
        this.directory = directory.toString();
        this.heldBy = heldBy;
    }

    /** {@return the directory that is held, never null} */
    public Path directory() {
        return Path.of(directory);
    }

    /** {@return who holds it, never null} */
    public Holder heldBy() {
        return heldBy;
    }
}
