package uk.nhs.coproduction.alwaysevents.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;

/**
 * One file store owns a directory at a time. A second store on a held directory is refused with
 * a {@link DirectoryInUseException} that says who holds it, so callers need not read the message;
 * the directory is free again once the first store is closed or its process ends.
 */
class DirectoryInUseTest {

    /** The lock file a store takes in its directory (an implementation detail, known to this package's tests). */
    private static final String LOCK = ".always-events.lock";

    @TempDir
    Path folder;

    @Test
    void aSecondStoreInThisProcessIsRefusedUntilTheFirstIsClosed() {
        try (FileEventStore first = FileEventStore.open(folder)) {
            DirectoryInUseException refused = catchThrowableOfType(DirectoryInUseException.class,
                    () -> FileEventStore.open(folder));
            assertThat(refused.heldBy()).isEqualTo(DirectoryInUseException.Holder.THIS_PROCESS);
            assertThat(refused.directory()).isEqualTo(folder.toAbsolutePath().normalize())
                    .isEqualTo(first.directory());
            assertThat(refused).isInstanceOf(EventStoreException.class)
                    .hasMessage("the data directory " + first.directory() + " is already open in this process");
            assertThat(first.version(ProjectId.of("still-usable"))).as("the first store is unaffected").isZero();
        }
        try (FileEventStore again = FileEventStore.open(folder)) {
            assertThat(again.directory()).isEqualTo(folder.toAbsolutePath().normalize());
        }
    }

    @Test
    void aDirectoryHeldByAnotherProcessIsRefusedUntilThatProcessLetsGo() throws Exception {
        Path holder = Files.writeString(folder.resolve("Hold.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.channels.FileLock;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;

                public class Hold {
                    public static void main(String[] args) throws Exception {
                        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                            System.out.println("held");
                            System.out.flush();
                            System.in.read();
                        }
                    }
                }
                """, StandardCharsets.UTF_8);
        Path data = Files.createDirectory(folder.resolve("data"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, holder.toString(), data.resolve(LOCK).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("the other process holds the directory").isEqualTo("held");

            DirectoryInUseException refused = catchThrowableOfType(DirectoryInUseException.class,
                    () -> FileEventStore.open(data));
            assertThat(refused.heldBy()).isEqualTo(DirectoryInUseException.Holder.OTHER_PROCESS);
            assertThat(refused.directory()).isEqualTo(data.toAbsolutePath().normalize());
            assertThat(refused).hasMessageEndingWith(" is in use by another process");
            assertThatThrownBy(() -> FileEventStore.open(data)).as("still held").isInstanceOf(DirectoryInUseException.class);
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(30, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
        try (FileEventStore free = FileEventStore.open(data)) {
            assertThat(free.projects()).as("the directory is free once the other process has let go").isEmpty();
        }
    }

    @Test
    void otherFailuresAreNotMistakenForADirectoryInUse() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> FileEventStore.open(file)).isInstanceOf(EventStoreException.class)
                .isNotInstanceOf(DirectoryInUseException.class).hasMessageContaining("cannot create the data directory");
    }
}
