package uk.nhs.coproduction.benchmarks.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;

/**
 * Durable appends per second to the file store, one event per append, against the bare minimum
 * a durable append needs, in the same run: open the project's file, write the same bytes (the
 * event's JSON line, as {@link EventJson} writes it) at its end and {@code FileChannel.force}
 * them, then close it.
 *
 * <ul>
 *   <li>one writer ({@code store1} / {@code baseline1});</li>
 *   <li>8 writers, each on its own project ({@code store8DifferentProjects} /
 *       {@code baseline8DifferentProjects}).</li>
 * </ul>
 * The store also checks the events, encodes them, checks the version under the project's lock and
 * keeps the log in memory; what it costs above the baseline is that work. The directory is under
 * the working directory (on disk, never a tmpfs, where {@code force} would cost nothing) and is
 * removed after the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FileStoreAppendBenchmark {

    private static final AtomicInteger PROJECTS = new AtomicInteger();

    private Path directory;
    private Path baselineDirectory;
    private FileEventStore store;

    /** A new store directory and a baseline directory beside it, once per trial. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        Path root = Files.createDirectories(Path.of("target", "file-store-append-benchmark"));
        directory = Files.createTempDirectory(root, "store-");
        baselineDirectory = Files.createTempDirectory(root, "baseline-");
        store = FileEventStore.open(directory);
    }

    /** Closes the store and removes both directories. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        for (Path path : List.of(directory, baselineDirectory)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> {
                    try {
                        Files.delete(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    /** One writer's own project and the version it has reached. */
    @State(Scope.Thread)
    public static class Writer {
        ProjectId project;
        long version;

        /** A new project for each thread. */
        @Setup(Level.Trial)
        public void newProject() {
            project = ProjectId.of("writer-" + PROJECTS.incrementAndGet());
            version = 0;
        }
    }

    private long storeAppend(Writer writer) {
        RecordedEvent event = PostgresBench.event(writer.project, writer.version + 1);
        writer.version = store.append(writer.project, writer.version, List.of(event)).orElseThrow();
        return writer.version;
    }

    private long baselineAppend(Writer writer) throws IOException {
        long version = writer.version + 1;
        byte[] line = (EventJson.write(PostgresBench.event(writer.project, version)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Path file = baselineDirectory.resolve(writer.project.value() + ".events.jsonl");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        writer.version = version;
        return version;
    }

    /** The file store, one writer. */
    @Benchmark
    @Threads(1)
    public long store1(Writer writer) {
        return storeAppend(writer);
    }

    /** Bare {@code FileChannel.write} and {@code force}, one writer. */
    @Benchmark
    @Threads(1)
    public long baseline1(Writer writer) throws IOException {
        return baselineAppend(writer);
    }

    /** The file store, 8 writers on 8 projects. */
    @Benchmark
    @Threads(8)
    public long store8DifferentProjects(Writer writer) {
        return storeAppend(writer);
    }

    /** Bare {@code FileChannel.write} and {@code force}, 8 writers on 8 files. */
    @Benchmark
    @Threads(8)
    public long baseline8DifferentProjects(Writer writer) throws IOException {
        return baselineAppend(writer);
    }
}
