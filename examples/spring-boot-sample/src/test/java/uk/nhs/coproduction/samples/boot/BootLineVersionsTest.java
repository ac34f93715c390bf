package uk.nhs.coproduction.samples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The versions this Boot line really puts on the test classpath are the ones its pom says
 * (system properties {@code sample.expected.*}, set by each sample's Surefire configuration), so
 * the other tests here prove the library on those versions and not on the root pom's. Runs on
 * Boot 4.0 (this module) and Boot 3.5 ({@code spring-boot-3-sample}).
 */
class BootLineVersionsTest {

    /** The artifact behind each expectation's name. */
    private static final Map<String, String> ARTIFACTS = Map.of(
            "hibernate-validator", "org.hibernate.validator/hibernate-validator",
            "jakarta-validation", "jakarta.validation/jakarta.validation-api",
            "jackson3", "tools.jackson.core/jackson-databind",
            "jackson2", "com.fasterxml.jackson.core/jackson-databind",
            "jackson-annotations", "com.fasterxml.jackson.core/jackson-annotations",
            "postgresql", "org.postgresql/postgresql");

    @Test
    void theClasspathHoldsTheVersionsThisBootLineManages() {
        Map<String, String> expected = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("sample.expected."))
                .forEach(name -> expected.put(name.substring("sample.expected.".length()), System.getProperty(name)));
        assertThat(expected).as("the sample's pom sets sample.expected.* for Surefire").containsKeys("hibernate-validator",
                "jakarta-validation", "jackson3", "jackson-annotations");

        Map<String, String> found = new TreeMap<>();
        expected.forEach((name, line) -> {
            assertThat(ARTIFACTS).as("a known artifact").containsKey(name);
            // The driver's jar has no pom.properties; it says its version itself.
            String version = name.equals("postgresql") ? org.postgresql.util.DriverInfo.DRIVER_VERSION
                    : versionOf(ARTIFACTS.get(name));
            found.put(name, version);
            assertThat(version).as("%s (%s) on the classpath", name, ARTIFACTS.get(name)).startsWith(line);
        });
        System.out.println("Versions on this Boot line's test classpath: " + found);
    }

    /** The version in the jar's {@code META-INF/maven/GROUP/ARTIFACT/pom.properties}, or "absent". */
    private static String versionOf(String groupAndArtifact) {
        String resource = "META-INF/maven/" + groupAndArtifact + "/pom.properties";
        try (InputStream in = BootLineVersionsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "absent";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
