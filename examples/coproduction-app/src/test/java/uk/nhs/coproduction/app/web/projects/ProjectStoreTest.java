package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.alwaysevents.store.DirectoryInUseException;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.app.web.DataDirectory;
import uk.nhs.coproduction.app.web.server.RequestRefused;

/** The web app's store of projects: opened when first needed, and clear when another program holds it. */
class ProjectStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void readingCreatesNothingAndTheFirstSaveCreatesTheDirectory() {
        Path data = folder.resolve("data");
        try (ProjectStore store = new ProjectStore(DataDirectory.at(data), CLOCK)) {
            assertThat(store.existing()).isEmpty();
            assertThat(store.ids()).isEmpty();
            assertThat(Files.exists(data)).isFalse();
            assertThat(store.today()).isEqualTo(LocalDate.of(2024, 3, 4));
            assertThat(store.loadDemonstration()).isPresent();
            assertThat(Files.isDirectory(data)).isTrue();
            assertThat(store.ids()).containsExactly(ProjectStore.DEMONSTRATION);
            assertThat(store.loadDemonstration()).as("loaded once").isEmpty();
        }
    }

    @Test
    void aDirectoryHeldByAnotherProgramIsRefusedWithWhatToDoAndTriedAgainLater() {
        Path data = folder.resolve("data");
        try (ProjectStore store = new ProjectStore(DataDirectory.at(data), CLOCK)) {
            try (FileEventStore other = FileEventStore.open(data)) {
                assertThatThrownBy(store::open).isInstanceOfSatisfying(RequestRefused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(503);
                    assertThat(refused.getMessage()).contains("is in use by another program")
                            .contains("an always-events command, or another serve").contains("--data");
                });
                assertThat(other.projects()).isEmpty();
            }
            assertThat(store.open().projects()).as("works once the other program has stopped").isEmpty();
        }
    }

    @Test
    void whileItIsOpenOtherProgramsAreRefusedAndOnceClosedTheyAreNot() {
        Path data = folder.resolve("data");
        ProjectStore store = new ProjectStore(DataDirectory.at(data), CLOCK);
        store.open();
        assertThatThrownBy(() -> FileEventStore.open(data)).isInstanceOfSatisfying(DirectoryInUseException.class,
                held -> assertThat(held.heldBy()).isEqualTo(DirectoryInUseException.Holder.THIS_PROCESS));
        store.close();
        assertThatThrownBy(store::open).isInstanceOfSatisfying(RequestRefused.class,
                refused -> assertThat(refused.status()).isEqualTo(503));
        try (FileEventStore after = FileEventStore.open(data)) {
            assertThat(after.projects()).isEmpty();
        }
    }
}
