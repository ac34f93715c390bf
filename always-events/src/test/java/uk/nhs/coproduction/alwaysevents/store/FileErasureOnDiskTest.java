package uk.nhs.coproduction.alwaysevents.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ErasureReason;
import uk.nhs.coproduction.alwaysevents.project.ImpactRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.ProjectStartedEvent;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * After an erasure the words are gone from the bytes on disk: every file in the file store's
 * data directory (the log, the snapshot, torn writes moved aside, temporary files) is read raw.
 */
class FileErasureOnDiskTest {

    private static final String WORDS = "Ring Jo Example on 07700 900461 about her diabetes";
    private static final String TORN_WORDS = "Jo Example's daughter Amy on 07700 900462";
    private static final PartnerId JO = PartnerId.of("partner-jo");
    private static final ProjectId PROJECT = ProjectId.of("on-disk");

    @TempDir
    Path directory;

    private static RecordedEvent event(long version, Object event) {
        return RecordedEvent.of(PROJECT, version, Instant.parse("2026-02-03T10:00:00Z").plusSeconds(version),
                Actor.of("qi-lead"), WorkflowDefinition.standard().version(), (uk.nhs.coproduction.alwaysevents.project.ProjectEvent) event);
    }

    private String everyFile() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void noFileInTheDataDirectoryHoldsTheErasedWords() throws IOException {
        LocalDate day = LocalDate.of(2026, 2, 3);
        List<RecordedEvent> log = List.of(
                event(1, new ProjectStartedEvent("Example Trust", "Being heard", "Ward 7", day)),
                event(2, new ImpactRecordedEvent(1, WORDS, "We rang back the same day", Set.of(JO), day)));
        try (FileEventStore store = FileEventStore.open(directory)) {
            store.append(PROJECT, 0, log);
            store.saveSnapshot(AlwaysEventProject.replay(log).orElseThrow());
        }
        // A crash half-way through a third append that also held Jo's words: moved aside on reopening.
        RecordedEvent torn = event(3, new ImpactRecordedEvent(2, TORN_WORDS, "We noted it", Set.of(JO), day));
        String line = EventJson.write(torn);
        Files.writeString(directory.resolve(PROJECT.value() + ".events.jsonl"), line.substring(0, line.length() / 2 + 20),
                StandardOpenOption.APPEND);
        Files.writeString(directory.resolve(PROJECT.value() + ".snapshot.json.tmp"), "{\"left\":\"" + WORDS + "\"}");

        try (FileEventStore store = FileEventStore.open(directory)) {
            assertThat(store.read(PROJECT).recoveryMade()).isPresent();
            assertThat(everyFile()).contains(WORDS).contains(TORN_WORDS.substring(0, 10));

            Erased erased = store.erase(Erasure.of(PROJECT, List.of(new Erasure.WordsOf(JO)), ErasureReason.PERSON_ASKED,
                    Actor.of("data-protection-officer"), Instant.parse("2026-03-01T12:00:00Z"))).orElseThrow();

            assertThat(erased.fields()).hasSize(2);
            String files = everyFile();
            assertThat(files).doesNotContain(WORDS).doesNotContain("Jo Example").doesNotContain("07700")
                    .doesNotContain("diabetes").contains("[erased]");
        }
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(".always-events.lock", "on-disk.events.jsonl");
        }
        try (FileEventStore again = FileEventStore.open(directory)) {
            assertThat(again.read(PROJECT).events()).hasSize(3);
            assertThat(again.read(PROJECT).recoveryMade()).isEmpty();
            assertThat(AlwaysEventProject.replay(again.read(PROJECT).events()).orElseThrow().impactLog().get(0).youSaid())
                    .isEqualTo("[erased]");
        }
    }
}
