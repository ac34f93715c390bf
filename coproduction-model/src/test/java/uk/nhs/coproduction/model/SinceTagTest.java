package uk.nhs.coproduction.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.testing.sources.SinceTags;

/**
 * Every public type, package and the module of this module's API say in their Javadoc which
 * release added them ({@code @since}), as the README's versioning policy promises.
 */
class SinceTagTest {

    @Test
    void everyApiTypePackageAndModuleSaysSince() throws IOException {
        SinceTags.Report report = SinceTags.check(Path.of("src", "main", "java"));

        assertThat(report.checked()).as("types, packages and the module checked").isGreaterThan(10);
        assertThat(report.missing()).as("API without @since").isEmpty();
    }
}
