package uk.nhs.coproduction.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module's packages form a strict hierarchy: every dependency between them points down, so
 * there is no cycle. A package and its hidden {@code .internal} implementation count as one.
 *
 * <p>The order, bottom to top (each may use only those below it):
 * <ol>
 *   <li>{@code resource}: what a resource is, its vocabularies' data, local annotations</li>
 *   <li>{@code label}: accessible link wording for a resource</li>
 *   <li>{@code release}: one published release of a catalogue, with its changelog</li>
 *   <li>{@code search}: the search contract ({@code search.internal} holds Lucene, which never leaks out)</li>
 *   <li>{@code federation}: merging releases and overlays into a {@code CatalogSnapshot}</li>
 *   <li>{@code exchange}: JSON, CSV, JSON-LD and DCAT, and loading the bundled data</li>
 *   <li>the root package: the {@code Catalog} facade</li>
 * </ol>
 *
 * <p>The compiled classes are imported from their directory, so the test reads the same bytecode
 * whether Surefire runs it on the module path or on the classpath.
 */
class PackageLayeringTest {

    private static final String BASE = "uk.nhs.coproduction.catalog";
    private static final String FIXTURE = BASE + ".layeringfixture";

    /** The layers, bottom first; the last is the base package itself. */
    static final List<String> LAYERS_BOTTOM_UP = List.of("resource", "label", "release", "search", "federation",
            "exchange", "catalog");

    private static Path build(String directory) {
        Path path = Path.of(System.getProperty("basedir", "."), "target", directory);
        assertThat(path).as("compiled classes").isDirectory();
        return path;
    }

    private static JavaClasses mainClasses() {
        JavaClasses classes = new ClassFileImporter().importPath(build("classes"));
        assertThat(classes).as("classes imported").hasSizeGreaterThan(50);
        return classes;
    }

    private static JavaClasses fixtureClasses() {
        Path fixture = build("test-classes").resolve(FIXTURE.replace('.', '/'));
        assertThat(Files.isDirectory(fixture)).as("fixture compiled at " + fixture).isTrue();
        return new ClassFileImporter().importPath(fixture);
    }

    /** Each concept (a top-level package with its subpackages) is free of cycles with the others. */
    static ArchRule noCycles(String base) {
        return SlicesRuleDefinition.slices().matching(base + ".(*)..").should().beFreeOfCycles();
    }

    /** Each layer uses only the layers below it; every class belongs to a layer. */
    static ArchRule layers(String base) {
        Architectures.LayeredArchitecture architecture = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .withOptionalLayers(true);
        for (String layer : LAYERS_BOTTOM_UP) {
            boolean root = layer.equals(LAYERS_BOTTOM_UP.get(LAYERS_BOTTOM_UP.size() - 1));
            architecture = architecture.layer(layer).definedBy(root ? base : base + "." + layer + "..");
        }
        for (int i = 0; i < LAYERS_BOTTOM_UP.size(); i++) {
            String layer = LAYERS_BOTTOM_UP.get(i);
            List<String> below = LAYERS_BOTTOM_UP.subList(0, i);
            architecture = below.isEmpty() ? architecture.whereLayer(layer).mayNotAccessAnyLayer()
                    : architecture.whereLayer(layer).mayOnlyAccessLayers(below.toArray(String[]::new));
        }
        return architecture;
    }

    @Test
    void conceptsFormNoCycle() {
        noCycles(BASE).check(mainClasses());
    }

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() {
        layers(BASE).check(mainClasses());
    }

    @Test
    void onlyTheCatalogFacadeLivesInTheRootPackage() {
        JavaClasses classes = mainClasses();
        assertThat(classes.contain(BASE + ".Catalog")).isTrue();
        assertThat(classes.stream().filter(c -> c.getPackageName().equals(BASE)).map(c -> c.getSimpleName()))
                .as("only the facade lives in the root package").containsOnly("Catalog", "State", "package-info");
    }

    @Test
    void theRulesReportACycleBetweenLayers() {
        JavaClasses fixture = fixtureClasses();
        assertThat(fixture.contain(FIXTURE + ".resource.LowerThing")).isTrue();

        EvaluationResult cycles = noCycles(FIXTURE).evaluate(fixture);
        assertThat(cycles.hasViolation()).isTrue();
        assertThat(String.join("\n", cycles.getFailureReport().getDetails()))
                .contains("Cycle detected").contains("resource").contains("search");

        EvaluationResult layering = layers(FIXTURE).evaluate(fixture);
        assertThat(layering.hasViolation()).isTrue();
        assertThat(String.join("\n", layering.getFailureReport().getDetails()))
                .contains(FIXTURE + ".resource.LowerThing").contains(FIXTURE + ".search.UpperThing")
                .doesNotContain("is not contained in architecture");
    }
}
