package uk.nhs.coproduction.alwaysevents.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.internal.PersistentList;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.internal.EventCodec;

/**
 * An embedded event store in a directory: one append-only JSON Lines file per project,
 * {@code <project-id>.events.jsonl}, one event per line ({@link EventJson}), and an optional
 * snapshot, {@code <project-id>.snapshot.json}.
 *
 * <h2>Durability</h2>
 * <ul>
 *   <li>Each append writes its lines and calls {@code fsync} (FileChannel.force) before it is
 *       acknowledged; a newly created file's directory entry is synced too where the platform
 *       allows it. If writing fails, the file is cut back to where it was and nothing is
 *       appended.</li>
 *   <li>When a project's file is first opened, a last line that is incomplete or unreadable (a
 *       write torn by a crash, never acknowledged) is detected: the bytes are moved to
 *       {@code <project-id>.torn-<n>.jsonl} beside the log, the valid prefix is kept, and a
 *       {@link Recovery} reports it ({@link History#recovery()}, {@link #recoveries()}). Damage
 *       anywhere else is not repaired: reading that project fails with an
 *       {@link EventStoreException} naming the file and the line.</li>
 *   <li>Snapshots are written to a temporary file, synced, and moved into place atomically.</li>
 * </ul>
 *
 * <h2>Safety</h2>
 * Project ids are lower-case letters, digits and hyphens only ({@link ProjectId}), and every
 * path is checked to be directly inside the directory, so no id can reach another file; files
 * are opened without following symbolic links. One store owns a directory at a time: opening a
 * second store on it, in this process or another, fails with a {@link DirectoryInUseException}
 * until the first is closed.
 *
 * <p>The store keeps each project's events in memory once read, so reads after the first do no
 * I/O. This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class FileEventStore implements EventStore, AutoCloseable {

    private static final String EVENTS = ".events.jsonl";
    private static final String SNAPSHOT = ".snapshot.json";
    private static final String LOCK = ".always-events.lock";

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ConcurrentHashMap<ProjectId, Log> logs = new ConcurrentHashMap<>();

    private static final class Log {
        final ProjectId id;
        boolean loaded;
        volatile PersistentList<RecordedEvent> events = PersistentList.empty();
        long length;
        @Nullable Recovery recovery;

        Log(ProjectId id) {
            this.id = id;
        }
    }

    private FileEventStore(Path directory, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens the store in {@code directory}, creating the directory if needed, and takes the
     * directory's lock.
     *
     * @param directory the directory that holds the projects' files
     * @return the open store, which holds the directory's lock until closed
     * @throws DirectoryInUseException if another store holds the directory, in this process or
     *     another
     * @throws EventStoreException if the directory cannot be created or locked
     */
    public static FileEventStore open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new EventStoreException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DirectoryInUseException(dir, DirectoryInUseException.Holder.OTHER_PROCESS, null);
            }
            return new FileEventStore(dir, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DirectoryInUseException(dir, DirectoryInUseException.Holder.THIS_PROCESS, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new EventStoreException("cannot lock the data directory " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** {@return the directory this store keeps its files in} */
    public Path directory() {
        return directory;
    }

    @Override
    public History read(ProjectId project) {
        Log log = loaded(project);
        return new History(log.events, log.recovery);
    }

    @Override
    public History readAfter(ProjectId project, long afterVersion) {
        Log log = loaded(project);
        List<RecordedEvent> events = log.events;
        int from = (int) Math.min(Math.max(afterVersion, 0), events.size());
        return new History(from == 0 ? events : events.subList(from, events.size()), log.recovery);
    }

    @Override
    public long version(ProjectId project) {
        return loaded(project).events.size();
    }

    @Override
    public AppendResult append(ProjectId project, long expectedVersion, List<RecordedEvent> events) {
        Appends.check(project, expectedVersion, events);
        Log log = loaded(project);
        synchronized (log) {
            PersistentList<RecordedEvent> current = log.events;
            if (current.size() != expectedVersion) {
                return new AppendResult.Conflict(expectedVersion, current.size());
            }
            StringBuilder lines = new StringBuilder(events.size() * 256);
            for (RecordedEvent event : events) {
                lines.append(EventCodec.write(event)).append('\n');
            }
            byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
            Path file = eventsFile(project);
            boolean created = log.length == 0 && !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS)) {
                channel.position(log.length);
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            } catch (IOException e) {
                EventStoreException failure = new EventStoreException("could not append to " + file + "; nothing was appended: "
                        + e.getMessage(), e);
                cutBack(file, log.length, failure);
                throw failure;
            }
            if (created) {
                syncDirectory();
            }
            for (RecordedEvent event : events) {
                current = current.plus(event);
            }
            log.length += bytes.length;
            log.events = current;
            return new AppendResult.Appended(current.size());
        }
    }

    @Override
    public Optional<AlwaysEventProject> snapshot(ProjectId project) {
        Path file = snapshotFile(project);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new EventStoreException("cannot read the snapshot " + file + ": " + e.getMessage(), e);
        }
        try {
            AlwaysEventProject snapshot = EventCodec.readSnapshot(text);
            // A snapshot is only an optimisation: one that does not match the log is ignored.
            return snapshot.id().equals(project) && snapshot.version() <= version(project) ? Optional.of(snapshot)
                    : Optional.empty();
        } catch (EventFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void saveSnapshot(AlwaysEventProject project) {
        Log log = loaded(project.id());
        if (project.version() > log.events.size()) {
            throw new IllegalArgumentException("a snapshot of " + project.id() + " at version " + project.version()
                    + " is newer than its log");
        }
        Path file = snapshotFile(project.id());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        synchronized (log) {
            if (Appends.erasedAfter(log.events, project.version())) {
                return; // it may hold words erased since: never kept
            }
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                    ByteBuffer buffer = ByteBuffer.wrap((EventCodec.writeSnapshot(project) + "\n").getBytes(StandardCharsets.UTF_8));
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                syncDirectory();
            } catch (IOException e) {
                throw new EventStoreException("cannot write the snapshot " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>In this store an erasure first removes the project's snapshot (and any temporary copy of
     * it) and the torn writes moved aside for it ({@code <project-id>.torn-<n>.jsonl}, which may
     * hold the words, never acknowledged), then writes the whole erased log to a new file, syncs
     * it, moves it over the old one atomically and syncs the directory. A failure before the move
     * leaves the log as it was. The old file's disk blocks are freed, not overwritten (see the
     * README on what the file system may keep).
     */
    @Override
    public ErasureResult erase(Erasure erasure) {
        Log log = loaded(erasure.project());
        synchronized (log) {
            Erasure.Rewrite rewrite = erasure.rewrite(log.events);
            if (!rewrite.result().isAccepted()) {
                return rewrite.result();
            }
            Path file = eventsFile(erasure.project());
            try {
                removeCopies(erasure.project());
            } catch (IOException e) {
                throw new EventStoreException("could not remove the old copies of project " + erasure.project()
                        + " before erasing; the log was not changed: " + e.getMessage(), e);
            }
            if (rewrite.audit().isEmpty()) {
                return rewrite.result();
            }
            List<RecordedEvent> after = rewrite.applyTo(log.events);
            StringBuilder lines = new StringBuilder(after.size() * 256);
            for (RecordedEvent event : after) {
                lines.append(EventCodec.write(event)).append('\n');
            }
            byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
            Path temporary = file.resolveSibling(file.getFileName() + ".erasing");
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                EventStoreException failure = new EventStoreException("could not erase from " + file
                        + "; the log was not changed: " + e.getMessage(), e);
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException again) {
                    failure.addSuppressed(again);
                }
                throw failure;
            }
            syncDirectory();
            log.events = PersistentList.copyOf(after);
            log.length = bytes.length;
            return rewrite.result();
        }
    }

    /** Deletes the snapshot, its temporary copy and the torn writes moved aside for {@code project}. */
    private void removeCopies(ProjectId project) throws IOException {
        Path snapshot = snapshotFile(project);
        Files.deleteIfExists(snapshot);
        Files.deleteIfExists(snapshot.resolveSibling(snapshot.getFileName() + ".tmp"));
        try (DirectoryStream<Path> torn = Files.newDirectoryStream(directory, project.value() + ".torn-*.jsonl")) {
            for (Path file : torn) {
                Files.deleteIfExists(inside(file.getFileName().toString()));
            }
        }
        syncDirectory();
    }

    @Override
    public List<ProjectId> projects() {
        List<ProjectId> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + EVENTS)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - EVENTS.length());
                if (ProjectId.problemWith(id) == null) {
                    found.add(ProjectId.of(id));
                }
            }
        } catch (IOException e) {
            throw new EventStoreException("cannot list the data directory " + directory + ": " + e.getMessage(), e);
        }
        found.sort(null);
        return found;
    }

    /** {@return every torn write repaired since this store was opened, in the order found} */
    public List<Recovery> recoveries() {
        List<Recovery> found = new ArrayList<>();
        for (Log log : logs.values()) {
            synchronized (log) {
                if (log.recovery != null) {
                    found.add(log.recovery);
                }
            }
        }
        found.sort((a, b) -> a.projectId().compareTo(b.projectId()));
        return found;
    }

    /** Releases the directory's lock. The store must not be used afterwards. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel is closed next, which releases the lock too
        } finally {
            closeQuietly(lockChannel);
        }
    }

    @Override
    public String toString() {
        return "FileEventStore[" + directory + "]";
    }

    private Log loaded(ProjectId project) {
        Log log = logs.computeIfAbsent(Objects.requireNonNull(project, "project"), Log::new);
        synchronized (log) {
            if (!log.loaded) {
                load(log);
                log.loaded = true;
            }
        }
        return log;
    }

    /** Reads a project's log, repairing a torn last line. */
    private void load(Log log) {
        Path file = eventsFile(log.id);
        byte[] bytes;
        try {
            if (Files.isSymbolicLink(file)) {
                throw new EventStoreException(file + " is a symbolic link; the store does not follow links");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new EventStoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        PersistentList<RecordedEvent> events = PersistentList.empty();
        int start = 0;
        long line = 0;
        while (start < bytes.length) {
            int end = indexOf(bytes, (byte) '\n', start);
            line++;
            String problem = null;
            RecordedEvent event = null;
            if (end < 0) {
                problem = "the line has no end: it was cut short";
            } else {
                try {
                    event = EventCodec.read(new String(bytes, start, end - start, StandardCharsets.UTF_8));
                    if (!event.projectId().equals(log.id) || event.version() != events.size() + 1) {
                        problem = "the event is for " + event.projectId() + " version " + event.version() + ", not "
                                + log.id + " version " + (events.size() + 1);
                    }
                } catch (EventFormatException e) {
                    problem = e.getMessage();
                }
            }
            if (problem != null) {
                boolean lastLine = end < 0 || end == bytes.length - 1;
                if (!lastLine) {
                    throw new EventStoreException(file + " line " + line + ": " + problem
                            + "; the log is damaged before its last line, so it is left untouched");
                }
                log.recovery = repairTornEnd(log.id, file, bytes, start, line, events.size(), problem);
                break;
            }
            events = events.plus(event);
            start = end + 1;
        }
        log.events = events;
        log.length = start;
    }

    private Recovery repairTornEnd(ProjectId id, Path file, byte[] bytes, int validLength, long line, long eventsKept,
            String problem) {
        Path aside = null;
        try {
            for (int n = 1; aside == null; n++) {
                Path candidate = directory.resolve(id.value() + ".torn-" + n + ".jsonl");
                try (FileChannel out = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes, validLength, bytes.length - validLength);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                    out.force(true);
                    aside = candidate;
                } catch (FileAlreadyExistsException taken) {
                    // try the next number
                }
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                channel.truncate(validLength);
                channel.force(true);
            }
            syncDirectory();
        } catch (IOException e) {
            throw new EventStoreException("found a torn write at " + file + " line " + line + " but could not repair it: "
                    + e.getMessage(), e);
        }
        return new Recovery(id, line, eventsKept, bytes.length - validLength, aside.getFileName().toString(), problem);
    }

    private Path eventsFile(ProjectId project) {
        return inside(project.value() + EVENTS);
    }

    private Path snapshotFile(ProjectId project) {
        return inside(project.value() + SNAPSHOT);
    }

    /** {@code name} in the directory, checked to stay directly inside it. */
    private Path inside(String name) {
        Path file = directory.resolve(name).normalize();
        if (!directory.equals(file.getParent())) {
            throw new IllegalArgumentException("the file name " + name + " would leave the data directory");
        }
        return file;
    }

    private void cutBack(Path file, long length, EventStoreException failure) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            if (channel.size() > length) {
                channel.truncate(length);
                channel.force(true);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Syncs the directory so a new or renamed file's entry is durable; not every platform allows it. */
    private void syncDirectory() {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory as a channel; file contents are still synced.
        }
    }

    private static int indexOf(byte[] bytes, byte value, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }
}
