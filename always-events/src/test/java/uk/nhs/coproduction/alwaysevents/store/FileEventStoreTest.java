package uk.nhs.coproduction.alwaysevents.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/** The file store: one JSON Lines file per project, durable appends, and recovery from a torn write. */
class FileEventStoreTest {

    @TempDir
    Path folder;

    private Path log() {
        return folder.resolve("test-project.events.jsonl");
    }

    /** A project in co-design, recorded in the file store, which is then closed. */
    private AlwaysEventProject recorded() {
        try (FileEventStore store = FileEventStore.open(folder)) {
            return Scenario.using(store, WorkflowDefinition.standard()).coDesigning().project();
        }
    }

    @Test
    void eachEventIsOneLineAndAReopenedStoreRebuildsTheSameProject() throws IOException {
        AlwaysEventProject before = recorded();

        List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) before.version());
        assertThat(lines.get(0)).startsWith("{\"schemaVersion\":1,\"projectId\":\"test-project\",\"version\":1,");
        try (FileEventStore store = FileEventStore.open(folder)) {
            AlwaysEventProjects projects = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), Scenario.inMemory().clock);
            assertThat(projects.project(before.id())).contains(before);
            assertThat(store.recoveries()).isEmpty();
            assertThat(store.projects()).containsExactly(before.id());
        }
    }

    @Test
    void aLogTruncatedMidLineIsRepairedReportedAndKeepsItsValidPrefix() throws IOException {
        AlwaysEventProject before = recorded();
        long fullSize = Files.size(log());
        String lastLine = Files.readAllLines(log()).get((int) before.version() - 1);
        try (FileChannel channel = FileChannel.open(log(), StandardOpenOption.WRITE)) {
            channel.truncate(fullSize - lastLine.length() / 2);   // a crash half-way through the last append
        }

        try (FileEventStore store = FileEventStore.open(folder)) {
            History history = store.read(ProjectId.of("test-project"));

            assertThat(history.events()).hasSize((int) before.version() - 1);
            Recovery recovery = history.recoveryMade().orElseThrow();
            assertThat(recovery.line()).isEqualTo(before.version());
            assertThat(recovery.eventsKept()).isEqualTo(before.version() - 1);
            assertThat(recovery.problem()).contains("cut short");
            assertThat(recovery.describe()).contains("torn write at line " + before.version());
            assertThat(store.recoveries()).containsExactly(recovery);
            Path aside = folder.resolve(recovery.keptAt());
            assertThat(Files.size(aside)).isEqualTo(recovery.bytesRemoved());
            assertThat(Files.size(log())).isEqualTo(fullSize - lastLine.length() - 1);

            AlwaysEventProjects projects = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), Scenario.inMemory().clock);
            AlwaysEventProject kept = projects.project(before.id()).orElseThrow();
            assertThat(kept.version()).isEqualTo(before.version() - 1);
            assertThat(kept.phase()).isEqualTo(Phase.UNDERSTAND_WHAT_MATTERS);
        }
        try (FileEventStore store = FileEventStore.open(folder)) {
            Scenario again = Scenario.using(store, WorkflowDefinition.standard());
            again.take("co-design");
            assertThat(again.project().phase()).isEqualTo(Phase.CO_DESIGN);
            assertThat(store.recoveries()).isEmpty();
        }
        assertThat(Files.readAllLines(log())).hasSize((int) before.version());
    }

    @Test
    void anUnreadableCompleteLastLineIsATornWriteToo() throws IOException {
        AlwaysEventProject before = recorded();
        Files.write(log(), "\u0000\u0000\u0000\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        try (FileEventStore store = FileEventStore.open(folder)) {
            History history = store.read(before.id());
            assertThat(history.events()).hasSize((int) before.version());
            assertThat(history.recoveryMade()).hasValueSatisfying(r -> assertThat(r.problem()).contains("not well-formed JSON"));
        }
    }

    @Test
    void damageBeforeTheLastLineIsReportedAndLeftUntouched() throws IOException {
        recorded();
        List<String> lines = Files.readAllLines(log());
        lines.set(2, lines.get(2).replace("\"version\":3", "\"version\":\"three\""));
        Files.write(log(), lines, StandardCharsets.UTF_8);
        byte[] damaged = Files.readAllBytes(log());

        try (FileEventStore store = FileEventStore.open(folder)) {
            assertThatThrownBy(() -> store.read(ProjectId.of("test-project"))).isInstanceOf(EventStoreException.class)
                    .hasMessageContaining("test-project.events.jsonl line 3: version: must be a whole number")
                    .hasMessageContaining("left untouched");
        }
        assertThat(Files.readAllBytes(log())).isEqualTo(damaged);
    }

    @Test
    void anEventOutOfSequenceIsDamage() throws IOException {
        recorded();
        List<String> lines = Files.readAllLines(log());
        lines.set(1, lines.get(1).replace("\"version\":2", "\"version\":5"));
        Files.write(log(), lines, StandardCharsets.UTF_8);

        try (FileEventStore store = FileEventStore.open(folder)) {
            assertThatThrownBy(() -> store.version(ProjectId.of("test-project"))).hasMessageContaining("line 2")
                    .hasMessageContaining("version 5, not test-project version 2");
        }
    }

    @Test
    void projectIdsCannotLeaveTheDirectory() {
        for (String attempt : List.of("../escape", "a/b", "..", ".", "/etc/passwd", "x\\y", "CON", "con", "a.b", "", " ")) {
            assertThatThrownBy(() -> ProjectId.of(attempt)).as(attempt).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aSymbolicLinkInPlaceOfALogIsNotFollowed() throws IOException {
        Path target = Files.writeString(folder.resolve("elsewhere.txt"), "secret\n");
        Path data = Files.createDirectory(folder.resolve("data"));
        Files.createSymbolicLink(data.resolve("linked.events.jsonl"), target);

        try (FileEventStore store = FileEventStore.open(data)) {
            assertThatThrownBy(() -> store.read(ProjectId.of("linked"))).isInstanceOf(EventStoreException.class)
                    .hasMessageContaining("symbolic link");
        }
        assertThat(Files.readString(target)).isEqualTo("secret\n");
    }


    @Test
    void snapshotsAreWrittenAtomicallyAndUsedWithTheEventsAfterThem() throws IOException {
        AlwaysEventProject live;
        try (FileEventStore store = FileEventStore.open(folder)) {
            Scenario s = Scenario.using(store, WorkflowDefinition.standard());
            AlwaysEventProjects snapshotting = s.projects.withSnapshotEvery(5);
            s.started();
            for (int i = 1; i <= 12; i++) {
                snapshotting.handle(s.id, s.lead, new uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand(
                        "2017-" + String.format("%02d", i), i, 20));
            }
            live = s.project();
            assertThat(store.snapshot(s.id)).hasValueSatisfying(snapshot -> assertThat(snapshot.version()).isEqualTo(10));
        }
        assertThat(folder.resolve("test-project.snapshot.json")).exists();
        assertThat(folder.resolve("test-project.snapshot.json.tmp")).doesNotExist();
        try (FileEventStore store = FileEventStore.open(folder)) {
            AlwaysEventProject fromSnapshot = AlwaysEventProject.replay(store.snapshot(live.id()).orElseThrow(),
                    store.readAfter(live.id(), 10).events()).orElseThrow();
            assertThat(fromSnapshot).isEqualTo(live);
            assertThat(AlwaysEventProjects.using(store, WorkflowDefinition.standard(), Scenario.inMemory().clock)
                    .project(live.id())).contains(live);
        }
    }

    @Test
    void aDamagedSnapshotIsIgnoredAndTheLogReplayed() throws IOException {
        AlwaysEventProject before = recorded();
        Files.writeString(folder.resolve("test-project.snapshot.json"), "{\"schemaVersion\": 1, \"document\": \"nonsense\"}");

        try (FileEventStore store = FileEventStore.open(folder)) {
            assertThat(store.snapshot(before.id())).isEmpty();
            assertThat(AlwaysEventProjects.using(store, WorkflowDefinition.standard(), Scenario.inMemory().clock)
                    .project(before.id())).contains(before);
        }
    }

    @Test
    void aSnapshotNewerThanTheLogIsRefused() {
        AlwaysEventProject before = recorded();
        AlwaysEventProject other;
        try (FileEventStore store = FileEventStore.open(folder.resolve("other"))) {
            other = Scenario.using(store, WorkflowDefinition.standard()).started().project();
            assertThatThrownBy(() -> store.saveSnapshot(before)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("newer than its log");
        }
        assertThat(other.version()).isEqualTo(1);
    }

    @Test
    void appendsAreCheckedBeforeAnythingIsWritten() throws IOException {
        AlwaysEventProject before = recorded();
        long size = Files.size(log());
        try (FileEventStore store = FileEventStore.open(folder)) {
            List<RecordedEvent> events = store.read(before.id()).events();
            assertThatThrownBy(() -> store.append(before.id(), before.version(), List.of(events.get(0))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("should have version");
            assertThatThrownBy(() -> store.append(ProjectId.of("another"), 0, List.of(events.get(0))))
                    .hasMessageContaining("is not for project another");
        }
        assertThat(Files.size(log())).isEqualTo(size);
    }
}
