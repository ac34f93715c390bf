package uk.nhs.coproduction.catalog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Resource;

/** A local catalogue read from a file: JSON or CSV by the file's name, every error named. */
class CatalogFileTest {

    @TempDir
    Path folder;

    @Test
    void aJsonFileReadsAsTheReleaseItHolds() throws IOException {
        CatalogRelease national = CatalogJson.national();
        Path file = folder.resolve("ours.json");
        Files.writeString(file, CatalogJson.write(national), StandardCharsets.UTF_8);

        assertThat(CatalogFile.read(file, VocabulariesJson.bundled()).orElseThrow()).isEqualTo(national);
    }

    @Test
    void aCsvFileTakesItsNamespaceFromItsFirstIdAndItsTitleFromItsName() throws IOException {
        List<Resource> resources = CatalogJson.national().resources().subList(0, 3);
        StringBuilder csv = new StringBuilder();
        CatalogCsv.write(resources, csv);
        Path file = folder.resolve("Our resources.CSV");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        CatalogRelease read = CatalogFile.read(file, VocabulariesJson.bundled()).orElseThrow();
        assertThat(read.resources()).isEqualTo(resources);
        assertThat(read.info().namespace()).isEqualTo(resources.get(0).id().namespace());
        assertThat(read.info().title()).isEqualTo("Our resources.CSV");
    }

    @Test
    void aCsvFileWithNoResourcesOrBrokenRowsIsRefusedNamingTheRow() throws IOException {
        StringBuilder header = new StringBuilder();
        CatalogCsv.write(List.of(), header);
        Path empty = folder.resolve("empty.csv");
        Files.writeString(empty, header, StandardCharsets.UTF_8);
        assertThat(CatalogFile.read(empty, VocabulariesJson.bundled()).problems())
                .containsExactly(new ImportError(2, "id", "the file has no resources"));

        Path broken = folder.resolve("broken.csv");
        Files.writeString(broken, header + "not,a,resource\n", StandardCharsets.UTF_8);
        assertThat(CatalogFile.read(broken, VocabulariesJson.bundled()).problems()).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.row()).isEqualTo(2));
    }
}
