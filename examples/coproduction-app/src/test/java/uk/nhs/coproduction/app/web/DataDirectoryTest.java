package uk.nhs.coproduction.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The data directory is created only when needed, and no name can reach outside it. */
class DataDirectoryTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"..", "../x", "a/b", "a\\b", "/etc/passwd", ".hidden", "", "a..b", "x%2F..",
        "name with space", "é"})
    void unsafeNamesAreRefused(String name) {
        assertThat(DataDirectory.at(folder.resolve("data")).resolve(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"humber-contact-2026", "P1.json", "a_b-c.1"})
    void plainNamesStayInside(String name) {
        DataDirectory data = DataDirectory.at(folder.resolve("data"));
        Path entry = data.resolve(name).orElseThrow();
        assertThat(entry.getParent()).isEqualTo(data.root());
        assertThat(entry.getFileName()).hasToString(name);
    }

    @Test
    void aLinkInsideIsRefused() throws IOException {
        DataDirectory data = DataDirectory.at(folder.resolve("data"));
        data.create();
        Files.createSymbolicLink(data.root().resolve("escape"), folder);
        assertThat(data.resolve("escape")).isEmpty();
    }

    @Test
    void createdLazilyAndCheckedAtStart() throws IOException {
        DataDirectory data = DataDirectory.at(folder.resolve("later"));
        assertThat(Files.exists(data.root())).isFalse();
        assertThat(data.problem()).isEmpty();
        assertThat(data.create()).exists();
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        assertThat(DataDirectory.at(file).problem()).hasValueSatisfying(p -> assertThat(p).contains("not a folder"));
    }
}
