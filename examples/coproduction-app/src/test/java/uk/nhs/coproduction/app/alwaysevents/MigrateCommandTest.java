package uk.nhs.coproduction.app.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.app.CommandLineRun;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/**
 * {@code always-events migrate}: a data directory's history copied into PostgreSQL with the same
 * JSON lines, reported with counts; a second run copies only what is new; a database that holds
 * another history is refused and nothing is copied.
 */
class MigrateCommandTest {

    @TempDir
    Path folder;

    private CommandLineRun migrate(Path data, TestDatabase database) {
        return CommandLineRun.of("always-events", "migrate", "--data", data.toString(), "--to", database.jdbcUrl(),
                "--db-user", database.user());
    }

    @Test
    void theHistoryIsCopiedLineForLineAndASecondRunCopiesOnlyWhatIsNew() throws Exception {
        Path data = folder.resolve("data");
        Cli cli = new Cli(data);
        assertThat(cli.run("demo").status()).isZero();
        TestDatabase database = TestPostgres.newDatabase();

        CommandLineRun first = migrate(data, database);

        assertThat(first.status()).as(first.err()).isZero();
        ProjectId humber = ProjectId.of("humber-contact");
        List<String> lines = Files.readAllLines(data.resolve("humber-contact.events.jsonl"), StandardCharsets.UTF_8);
        assertThat(first.out()).contains("Copied " + lines.size() + " event(s) of 1 project(s)")
                .contains("0 project(s) were already there");
        try (PostgresEventStore store = PostgresEventStore.open(database.dataSource())) {
            assertThat(store.read(humber).events().stream().map(EventJson::write).toList()).isEqualTo(lines);
        }

        CommandLineRun again = migrate(data, database);
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("Copied 0 event(s) of 0 project(s)").contains("1 project(s) were already there")
                .contains("with " + lines.size() + " event(s)");
    }

    @Test
    void aDatabaseWithAnotherHistoryIsRefusedAndNothingIsCopied() throws Exception {
        Path data = folder.resolve("data");
        assertThat(new Cli(data).run("demo").status()).isZero();
        Path other = folder.resolve("other");
        Cli otherCli = new Cli(other);
        assertThat(otherCli.run("start-project", "humber-contact", "--organisation", "Another Trust", "--title",
                "Another project", "--area-of-focus", "Another ward", "--on", "2020-01-06").status()).isZero();
        assertThat(otherCli.run("start-project", "second-project", "--organisation", "Another Trust", "--title",
                "Second", "--area-of-focus", "Ward 2", "--on", "2020-01-06").status()).isZero();
        TestDatabase database = TestPostgres.newDatabase();
        assertThat(migrate(other, database).status()).isZero();
        Path mixed = folder.resolve("mixed");
        Files.createDirectories(mixed);
        Files.copy(data.resolve("humber-contact.events.jsonl"), mixed.resolve("humber-contact.events.jsonl"));
        Files.writeString(mixed.resolve("new-project.events.jsonl"), Files.readString(other.resolve(
                "second-project.events.jsonl")).replace("second-project", "new-project"));

        CommandLineRun refused = migrate(mixed, database);

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("refused humber-contact").contains("nothing was copied")
                .doesNotContain("Another Trust");
        try (PostgresEventStore store = PostgresEventStore.open(database.dataSource())) {
            List<RecordedEvent> kept = store.read(ProjectId.of("humber-contact")).events();
            assertThat(kept).hasSize(1);
            assertThat(store.projects()).extracting(ProjectId::value).containsExactly("humber-contact", "second-project");
        }
    }
}
