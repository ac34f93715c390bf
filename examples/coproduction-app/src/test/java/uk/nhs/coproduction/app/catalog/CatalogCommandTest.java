package uk.nhs.coproduction.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.coproduction.app.CommandLineRun;

class CatalogCommandTest {

    private static final String HEADER = "id,title,summary,kind,audiences,topics,partOf\n";

    @TempDir
    Path dir;

    private static CommandLineRun run(String... args) {
        return CommandLineRun.of(args);
    }

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void searchPrintsRankedResultsWithFacets() {
        CommandLineRun run = run("catalog", "search", "always events toolkit");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("1 result for \"always events toolkit\"")
                .contains("1. [Always] [Events]® [toolkit]").contains("nhse:always-events-toolkit")
                .contains("kind: toolkit (1)");
    }

    @Test
    void searchFiltersOrWithinAndAcross() {
        CommandLineRun run = run("catalog", "search", "--kind", "report,guidance", "--audience", "leaders");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Filtered by: kind = Guidance; kind = Report; audience = Leaders")
                .contains("Quality improvement in hospital trusts").contains("Working in partnership")
                .doesNotContain("Co-production postcards");
    }

    @Test
    void searchAsJson() {
        CommandLineRun run = run("catalog", "search", "pdsa", "--json");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"total\" : 1").contains("\"id\" : \"nhse:always-events-toolkit\"")
                .contains("\"facets\"");
    }

    @Test
    void searchTakesColonsLiterally() {
        CommandLineRun run = run("catalog", "search", "working in partnership: statutory guidance");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("1 result for \"working in partnership: statutory guidance\"")
                .contains("1. [Working] in [partnership] with people and communities: [statutory] [guidance]")
                .contains("nhse:working-in-partnership-with-people-and-communities");
    }

    @Test
    void badFilterValuesAndPagesExitWithStatus2() {
        CommandLineRun kind = run("catalog", "search", "x", "--kind", "pamphlet");
        assertThat(kind.status()).isEqualTo(2);
        assertThat(kind.err()).contains("--kind 'pamphlet' is not a known kind; use one of:").contains("literature-review");
        assertThat(run("catalog", "search", "--limit", "101").err()).contains("--limit must be 1 to 100");
        assertThat(run("catalog", "search", "--sort", "random").status()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "csv", "jsonld", "dcat"})
    void exportWritesEveryFormat(String format) {
        CommandLineRun run = run("catalog", "export", "--format", format);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("nhse:always-events-toolkit");
        switch (format) {
            case "json" -> assertThat(run.out()).contains("\"changelog\"");
            case "csv" -> assertThat(run.out()).startsWith("id,slug,formerSlugs,title");
            case "jsonld" -> assertThat(run.out()).contains("\"@graph\"").contains("LearningResource");
            default -> assertThat(run.out()).contains("dcat:Catalog").contains("nhse 1.0.0");
        }
    }

    @Test
    void exportToAFileAndRefuseAnUnknownFormat() throws IOException {
        Path out = dir.resolve("catalogue.csv");
        assertThat(run("catalog", "export", "--format", "csv", "--output", out.toString()).status()).isZero();
        assertThat(Files.readString(out)).startsWith("id,slug");
        assertThat(run("catalog", "export", "--format", "xml").status()).isEqualTo(2);
        assertThat(run("catalog", "export").err()).contains("Missing required option: '--format=FORMAT'");
    }

    @Test
    void importChecksAMergesAndKeepsAValidFile() throws IOException {
        Path csv = file("leeds.csv", HEADER
                + "leeds:calm-at-night,Calm at night,How our wards made nights quieter.,case-study,staff,"
                + "always-events,nhse:coproduction-resources\n");
        Path json = dir.resolve("leeds.json");
        CommandLineRun run = run("catalog", "import", csv.toString(), "--output", json.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Checked 1 resource(s) in namespace 'leeds': all valid.")
                .contains("Merged: nhse 1.0.0 + leeds local, 20 resources (0 withdrawn).");
        CommandLineRun search = run("catalog", "search", "quieter nights", "--overlay", json.toString());
        assertThat(search.status()).isZero();
        assertThat(search.out()).contains("leeds:calm-at-night");
    }

    @Test
    void importReportsEveryProblemWithRowAndColumnAndImportsNothing() throws IOException {
        Path csv = file("bad.csv", HEADER
                + "leeds:ok,Fine,Fine.,guide,,,\n"
                + "leeds:bad,Bad,Fine.,pamphlet,nurses,,\n"
                + "leeds:worse,,Fine.,guide,,,\n");
        Path json = dir.resolve("out.json");
        CommandLineRun run = run("catalog", "import", csv.toString(), "--output", json.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv: row 3, column kind: 'pamphlet' is not a kind")
                .contains("row 3, column audiences").contains("row 4, column title: is required")
                .contains("3 problems found; nothing was imported.");
        assertThat(json).doesNotExist();
    }

    @Test
    void importStopsOnConflictsWithTheNationalCatalogue() throws IOException {
        Path csv = file("dangling.csv", HEADER + "leeds:a,A,Fine.,guide,,,nhse:no-such-toolkit\n");
        CommandLineRun run = run("catalog", "import", csv.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("conflict: leeds:a partOf names nhse:no-such-toolkit");
    }

    @Test
    void importRefusesAMissingFileAndBrokenJson() throws IOException {
        assertThat(run("catalog", "import", dir.resolve("nothing.csv").toString()).status()).isEqualTo(2);
        CommandLineRun broken = run("catalog", "import", file("broken.json", "{\"catalogue\": ").toString());
        assertThat(broken.status()).isEqualTo(2);
        assertThat(broken.err()).contains("(JSON syntax)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"search", "export", "import"})
    void everyCommandHasHelpWithTheTrademarkNotice(String command) {
        CommandLineRun run = run("catalog", command, "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("Usage: coproduction-app catalog " + command)
                .contains("Always Events® is a registered trademark of the Institute for Healthcare Improvement.");
    }
}
