package uk.nhs.coproduction.model;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The packages of this module form a strict hierarchy, as documented in {@code module-info.java}.
 * A package and its hidden {@code internal} package are one concept (a slice) and may use each
 * other; between concepts every dependency points down the list below, so there are no package
 * loops.
 *
 * <p>The module's compiled classes are imported from {@code target/classes}, so the rules see
 * exactly what ships, whether Surefire runs on the module path or the classpath.
 */
class PackageLayeringTest {

    private static final String MODEL = "uk.nhs.coproduction.model";

    /**
     * The concepts from the bottom up; each may use only those before it. The root package, if it
     * ever holds classes, sits above them all.
     */
    static final List<String> BOTTOM_TO_TOP = List.of(
            "internal",     // shared helpers: immutable copies, violations at a path
            "personaldetails", // whether free text looks like contact details or an NHS number
            "validation",   // ModelValidator and its results, knowing no domain type
            "ladder",       // the rungs of the ladder of participation
            "partner",      // partners, their roles and community information
            "partnership",  // partnerships, members, decisions, what matters, and their constraints
            "alignment",    // experience of care, quality improvement and co-production
            "framework",    // the framework editions as data, and their completeness constraint
            "healthcheck",  // the co-production health check and its report
            "json");        // JSON documents, including the loading of the bundled editions

    private static final Path BUILD = Path.of(System.getProperty("basedir", "."), "target");

    @Test
    void theModulesConceptsAreFreeOfCycles() {
        assertHolds(conceptsFreeOfCycles(MODEL), moduleClasses());
    }

    @Test
    void eachConceptUsesOnlyTheConceptsBelowIt() {
        assertHolds(layersInOrder(MODEL, BOTTOM_TO_TOP), moduleClasses());
    }

    @Test
    void theLayerOrderNamesEveryPackageOfTheModule() {
        JavaClasses classes = moduleClasses();

        assertThat(classes).as("classes imported from %s", BUILD.resolve("classes")).hasSizeGreaterThan(100);
        assertThat(classes.stream()
                        .map(c -> c.getPackageName())
                        .filter(p -> p.startsWith(MODEL + "."))
                        .map(p -> p.substring(MODEL.length() + 1).replaceFirst("\\..*", ""))
                        .distinct())
                .as("every concept of the module has its place in BOTTOM_TO_TOP")
                .allMatch(BOTTOM_TO_TOP::contains);
    }

    @Test
    void theRulesReportAPackageLoop() {
        String fixture = MODEL + ".layeringfixture";
        JavaClasses cyclic = new ClassFileImporter()
                .importPath(BUILD.resolve("test-classes").resolve(fixture.replace('.', '/')));
        assertThat(cyclic.stream().map(c -> c.getSimpleName())).contains("Amount", "AmountCheck");

        EvaluationResult cycles = conceptsFreeOfCycles(fixture).evaluate(cyclic);
        assertThat(cycles.hasViolation()).as("the cycle rule fails on the fixture").isTrue();
        assertThat(cycles.getFailureReport().toString()).contains("Cycle detected", "values", "checks");

        EvaluationResult layers = layersInOrder(fixture, List.of("values", "checks")).evaluate(cyclic);
        assertThat(layers.hasViolation()).as("the layer rule fails on the fixture").isTrue();
        assertThat(layers.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("Amount.isValid()") && d.contains("AmountCheck.accepts"));
        assertThat(layersInOrder(fixture, List.of("checks", "values")).evaluate(cyclic).hasViolation())
                .as("the loop fails in either order: checks reaches down into values and values back up")
                .isTrue();
    }

    /** Packages {@code root.X..} taken together (X with X.internal) have no cycle between them. */
    static ArchRule conceptsFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("$1").should().beFreeOfCycles();
    }

    /**
     * Each concept {@code root.X..} may use only the concepts listed before it; the root package
     * itself, if it has classes, may use them all. Every class must belong to a listed concept.
     */
    static ArchRule layersInOrder(String root, List<String> bottomToTop) {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (String concept : bottomToTop) {
            layers = layers.layer(concept).definedBy(root + "." + concept + "..");
        }
        layers = layers.optionalLayer("root").definedBy(root);
        for (int i = 0; i < bottomToTop.size(); i++) {
            String concept = bottomToTop.get(i);
            layers = i == 0
                    ? layers.whereLayer(concept).mayNotAccessAnyLayer()
                    : layers.whereLayer(concept).mayOnlyAccessLayers(bottomToTop.subList(0, i).toArray(String[]::new));
        }
        return layers.whereLayer("root").mayNotBeAccessedByAnyLayer();
    }

    private static @Nullable JavaClasses imported;

    private static synchronized JavaClasses moduleClasses() {
        if (imported == null) {
            Path classes = BUILD.resolve("classes");
            assertThat(Files.isDirectory(classes)).as("%s exists", classes).isTrue();
            imported = new ClassFileImporter().importPath(classes);
        }
        return imported;
    }

    private static void assertHolds(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.getFailureReport().getDetails()).as(rule.getDescription()).isEmpty();
    }
}
