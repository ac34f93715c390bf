package uk.nhs.coproduction.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards every module's public surface: the output of {@code jar --describe-module} for each of
 * our modules must equal the committed file {@code module-descriptors/<module>.txt}, so an
 * accidental export, opens or requires fails the build.
 *
 * <p>The app module is the library's consumer, so it sees every library module on its test
 * path: as packaged jars in a full {@code verify}, or as {@code target/classes} folders in a
 * plain {@code test} run, which this test packs into a temporary jar first.
 *
 * <p>To accept an intended change, copy the "actual" text from the failure into the file.
 */
class ModuleDescriptorTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "uk.nhs.coproduction.model",
        "uk.nhs.coproduction.alwaysevents",
        "uk.nhs.coproduction.alwaysevents.postgres",
        "uk.nhs.coproduction.catalog",
        "uk.nhs.coproduction.app"
    })
    void describeModuleMatchesTheCommittedFile(String moduleName) throws IOException {
        Path location = ourModules().get(moduleName);
        assertThat(location)
                .as("module %s on the test class path or module path", moduleName)
                .isNotNull();

        String actual = describe(moduleName, location);
        String expected = committedDescription(moduleName);

        assertThat(actual)
                .as("jar --describe-module of %s (expected file: module-descriptors/%s.txt)",
                        moduleName, moduleName)
                .isEqualTo(expected);
    }

    private static String committedDescription(String moduleName) throws IOException {
        String resource = "/module-descriptors/" + moduleName + ".txt";
        try (InputStream in = ModuleDescriptorTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("committed file %s", resource).isNotNull();
            return normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Runs the JDK's own {@code jar --describe-module}, dropping the temporary location. */
    private static String describe(String moduleName, Path location) throws IOException {
        Path jar = Files.isDirectory(location) ? packTemporaryJar(location) : location;
        ToolProvider jarTool = ToolProvider.findFirst("jar").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = jarTool.run(o, e, "--describe-module", "--file", jar.toString());
        }
        assertThat(status).as("jar --describe-module: %s", err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
        // First line is "<module>@<version> jar:file:///...!/module-info.class": keep the name only.
        lines.set(0, moduleName);
        return normalise(String.join("\n", lines));
    }

    /**
     * Blank lines and {@code main-class} are left out: the jar plugin records a main class in the
     * packaged app jar, which a jar packed from {@code target/classes} does not have, and it
     * is not part of the module's API.
     */
    private static String normalise(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .filter(l -> !l.startsWith("main-class "))
                .reduce((a, b) -> a + "\n" + b).orElse("") + "\n";
    }

    /** Our modules, by name, found among the test's class path and module path entries. */
    private static Map<String, Path> ourModules() {
        Map<String, Path> found = new LinkedHashMap<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                continue;
            }
            for (String entry : value.split(java.io.File.pathSeparator)) {
                Path path = Path.of(entry);
                moduleName(path)
                        .filter(name -> name.startsWith("uk.nhs.coproduction."))
                        .ifPresent(name -> found.putIfAbsent(name, path));
            }
        }
        return found;
    }

    private static Optional<String> moduleName(Path path) {
        try {
            if (Files.isDirectory(path)) {
                Path info = path.resolve("module-info.class");
                if (!Files.exists(info)) {
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(info)) {
                    return Optional.of(ModuleDescriptor.read(in).name());
                }
            }
            if (Files.isRegularFile(path) && path.toString().endsWith(".jar")) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    JarEntry info = jar.getJarEntry("module-info.class");
                    if (info == null) {
                        return Optional.empty();
                    }
                    try (InputStream in = jar.getInputStream(info)) {
                        return Optional.of(ModuleDescriptor.read(in).name());
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /**
     * Packs a {@code target/classes} folder with the JDK's {@code jar} tool, which records the
     * module's packages the same way the Maven-built jar does, so both give the same description.
     */
    private static Path packTemporaryJar(Path classes) throws IOException {
        Path folder = Files.createTempDirectory("describe-module-");
        Path jar = folder.resolve("module.jar");
        jar.toFile().deleteOnExit();
        folder.toFile().deleteOnExit();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = ToolProvider.findFirst("jar").orElseThrow()
                    .run(System.out, e, "--create", "--file", jar.toString(), "-C", classes.toString(), ".");
        }
        assertThat(status).as("jar --create: %s", err.toString(StandardCharsets.UTF_8)).isZero();
        return jar;
    }
}
