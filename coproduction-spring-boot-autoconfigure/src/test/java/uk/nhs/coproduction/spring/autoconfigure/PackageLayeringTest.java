package uk.nhs.coproduction.spring.autoconfigure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages of the auto-configuration, as its {@code package-info} lists them: the core (this
 * package and its {@code internal}) at the bottom, and above it one package per feature, each using
 * only the core and never another feature. Each Boot line's API is named only by its own package,
 * so a class that one Boot line lacks is never loaded on the other: Boot 4.0's health API only in
 * {@code health}, Boot 3.5's only in {@code health.boot3}, Jackson 2 only in {@code jackson2},
 * Micrometer only in {@code metrics}.
 */
class PackageLayeringTest {

    private static final String ROOT = "uk.nhs.coproduction.spring.autoconfigure";

    /** The features above the core; none may use another. */
    static final List<String> FEATURES = List.of("metrics", "health", "health.boot3", "jackson", "jackson2");

    private static final Path CLASSES = Path.of(System.getProperty("basedir", "."), "target", "classes");

    @Test
    void eachFeatureUsesOnlyTheCoreAndTheCoreUsesNoFeature() {
        var layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("core").definedBy(ROOT, ROOT + ".internal..");
        for (String feature : FEATURES) {
            layers = layers.layer(feature).definedBy(ROOT + "." + feature);
        }
        layers = layers.whereLayer("core").mayNotAccessAnyLayer();
        for (String feature : FEATURES) {
            layers = layers.whereLayer(feature).mayOnlyAccessLayers("core");
        }
        assertHolds(layers);
    }

    @Test
    void eachBootLinesApiIsNamedOnlyByItsOwnPackage() {
        assertHolds(noClasses().that().resideOutsideOfPackage(ROOT + ".health")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.boot.health.."));
        assertHolds(noClasses().that().resideOutsideOfPackage(ROOT + ".health.boot3")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.boot.actuate.."));
        // Jackson 2's databind and core; the annotations are shared by both Jacksons.
        assertHolds(noClasses().that().resideOutsideOfPackage(ROOT + ".jackson2")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..",
                        "com.fasterxml.jackson.core.."));
        assertHolds(noClasses().that().resideOutsideOfPackages(ROOT + ".metrics")
                .should().dependOnClassesThat().resideInAPackage("io.micrometer.."));
    }

    @Test
    void theRulesSeeTheModulesClasses() {
        assertThat(classes()).as("classes imported from %s", CLASSES).hasSizeGreaterThan(20);
        EvaluationResult broken = noClasses().should().dependOnClassesThat()
                .resideInAPackage("com.fasterxml.jackson.databind..").evaluate(classes());
        assertThat(broken.hasViolation()).as("the Jackson 2 module is seen, so the rules can fail").isTrue();
    }

    private static JavaClasses imported;

    private static synchronized JavaClasses classes() {
        if (imported == null) {
            assertThat(Files.isDirectory(CLASSES)).as("%s exists", CLASSES).isTrue();
            imported = new ClassFileImporter().importPath(CLASSES);
        }
        return imported;
    }

    private static void assertHolds(ArchRule rule) {
        EvaluationResult result = rule.evaluate(classes());
        assertThat(result.getFailureReport().getDetails()).as(rule.getDescription()).isEmpty();
    }
}
