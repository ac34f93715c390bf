package uk.nhs.coproduction.alwaysevents;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.testing.fixture.cycle.a.First;
import uk.nhs.coproduction.alwaysevents.testing.fixture.upward.low.Bottom;

/**
 * The packages of this module form a strict hierarchy: no two concepts use each other, and each
 * package uses only the layers below it. A package and its {@code .internal} are one concept.
 * The compiled classes are read from their directory, so the test is the same in the module-path
 * and the class-path run.
 */
class PackageLayeringTest {

    private static final String ROOT = "uk.nhs.coproduction.alwaysevents";

    /**
     * The layers, bottom first: each may use only the layers before it. Each entry is the
     * layer's packages relative to {@link #ROOT} ("" is the root package itself).
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("internal"),
            List.of("measurement", "measurement.internal"),
            List.of("measurement.svg"),
            List.of("pdsa"),
            List.of("driver"),
            List.of("impact"),
            List.of("statement", "statement.internal"),
            List.of("progress", "progress.internal"),
            List.of("project"),
            List.of("workflow", "workflow.internal"),
            List.of("command"),
            List.of("access", "access.internal"),
            List.of("store", "store.internal"),
            List.of("report"),
            List.of("portfolio"),
            List.of("goals", "goals.internal"),
            List.of(""));

    /** The module's compiled classes, read once. */
    private static final JavaClasses LIBRARY = importDirectoryOf(AlwaysEventProjects.class, ROOT);

    @Test
    void conceptsAreFreeOfCycles() {
        JavaClasses library = LIBRARY;
        assertThat(library.containPackage(ROOT + ".command")).isTrue();
        freeOfCycles(ROOT).check(library);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        JavaClasses library = LIBRARY;
        layered(ROOT, LAYERS).check(library);
    }

    @Test
    void everyPackageOfTheModuleIsInALayer() {
        JavaClasses library = LIBRARY;
        List<String> declared = new ArrayList<>();
        LAYERS.forEach(layer -> layer.forEach(p -> declared.add(p.isEmpty() ? ROOT : ROOT + "." + p)));
        assertThat(library.stream().map(c -> c.getPackageName()).distinct())
                .filteredOn(p -> !p.isEmpty())
                .allSatisfy(p -> assertThat(declared).contains(p));
    }

    @Test
    void theCycleRuleRejectsACycle() {
        String fixture = ROOT + ".testing.fixture.cycle";
        JavaClasses cyclic = importDirectoryOf(First.class, fixture);
        assertThatThrownBy(() -> freeOfCycles(fixture).check(cyclic))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle");
    }

    @Test
    void theLayerOrderRejectsALayerThatUsesOneAboveIt() {
        String fixture = ROOT + ".testing.fixture.upward";
        JavaClasses upward = importDirectoryOf(Bottom.class, fixture);
        assertThatCode(() -> freeOfCycles(fixture).check(upward)).doesNotThrowAnyException();
        assertThatThrownBy(() -> layered(fixture, List.of(List.of("low"), List.of("high"))).check(upward))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(Bottom.class.getName());
        assertThatCode(() -> layered(fixture, List.of(List.of("high"), List.of("low"))).check(upward))
                .doesNotThrowAnyException();
    }

    private static ArchRule freeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    private static ArchRule layered(String root, List<List<String>> layers) {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (int i = 0; i < layers.size(); i++) {
            architecture = architecture.layer(name(layers, i)).definedBy(layers.get(i).stream()
                    .map(p -> p.isEmpty() ? root : root + "." + p).toArray(String[]::new));
        }
        for (int i = 0; i < layers.size(); i++) {
            if (i == 0) {
                architecture = architecture.whereLayer(name(layers, i)).mayNotAccessAnyLayer();
            } else {
                String[] below = new String[i];
                for (int j = 0; j < i; j++) {
                    below[j] = name(layers, j);
                }
                architecture = architecture.whereLayer(name(layers, i)).mayOnlyAccessLayers(below);
            }
        }
        return architecture;
    }

    private static String name(List<List<String>> layers, int index) {
        String first = layers.get(index).get(0);
        return first.isEmpty() ? "(root)" : first;
    }

    /** The classes of {@code packageName} from the directory (or jar) that {@code anchor} was loaded from. */
    private static JavaClasses importDirectoryOf(Class<?> anchor, String packageName) {
        try {
            Path base = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path directory = base.resolve(packageName.replace('.', '/'));
            return new ClassFileImporter().importPath(directory);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
