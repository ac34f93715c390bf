package uk.nhs.coproduction.alwaysevents.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. Run the tests with
 * {@code -Dgolden.update=true} from the module folder to rewrite them after an intended change,
 * then review the difference before committing.
 */
public final class Golden {

    private Golden() {
    }

    public static String read(String name) throws IOException {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file %s (rerun with -Dgolden.update=true to write it)", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Asserts that {@code actual} equals the golden file, or rewrites it when asked to. */
    public static void assertMatches(String name, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Path file = Path.of("src/test/resources/golden", name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as("golden file %s (rerun with -Dgolden.update=true to accept a change)", name).isEqualTo(read(name));
    }
}
