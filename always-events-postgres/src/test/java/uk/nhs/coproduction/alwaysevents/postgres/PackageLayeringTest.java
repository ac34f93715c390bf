package uk.nhs.coproduction.alwaysevents.postgres;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages of this module form a strict hierarchy: {@code internal} (schema, SQL helpers)
 * below the store and its feed, and nothing in {@code internal} uses the API package. The
 * compiled classes are read from their directory, so the test is the same in the module-path and
 * the class-path run.
 */
class PackageLayeringTest {

    private static final String ROOT = "uk.nhs.coproduction.alwaysevents.postgres";

    /** The layers, bottom first, relative to {@link #ROOT} ("" is the root package itself). */
    static final List<String> LAYERS = List.of("internal", "");

    private static final JavaClasses LIBRARY = importDirectoryOf(PostgresEventStore.class, ROOT);

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("internal").definedBy(ROOT + ".internal")
                .layer("(root)").definedBy(ROOT)
                .whereLayer("internal").mayNotAccessAnyLayer()
                .whereLayer("(root)").mayOnlyAccessLayers("internal")
                .check(LIBRARY);
    }

    @Test
    void everyPackageOfTheModuleIsInALayer() {
        assertThat(LIBRARY.containPackage(ROOT + ".internal")).isTrue();
        assertThat(LIBRARY.stream().map(c -> c.getPackageName()).distinct())
                .allSatisfy(p -> assertThat(LAYERS.stream().map(l -> l.isEmpty() ? ROOT : ROOT + "." + l)).contains(p));
    }

    private static JavaClasses importDirectoryOf(Class<?> anchor, String packageName) {
        try {
            Path base = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ClassFileImporter().importPath(base.resolve(packageName.replace('.', '/')));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
