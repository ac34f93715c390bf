package uk.nhs.coproduction.model.framework.internal;

import java.util.ServiceLoader;
import uk.nhs.coproduction.model.framework.Frameworks;

/**
 * Loads the framework editions bundled with this library. Reading them is the JSON layer's work,
 * which sits above this package, so the JSON layer provides the implementation as a service
 * (declared in the module descriptor and in {@code META-INF/services} for the classpath) and this
 * package never depends on it.
 */
public interface BundledEditions {

    /**
     * Reads and validates the bundled editions.
     *
     * @throws IllegalStateException if a bundled resource is missing or invalid (a packaging
     *     error, never a user's)
     */
    Frameworks load();

    /**
     * The bundled editions, loaded once by the provider found in this module.
     *
     * @throws IllegalStateException if no provider is packaged with the module, or a bundled
     *     resource is missing or invalid
     */
    static Frameworks bundled() {
        return Loaded.BUNDLED;
    }
}

/** Loads on first use, so the JSON layer starts only when the bundled editions are asked for. */
final class Loaded {

    static final Frameworks BUNDLED = ServiceLoader.load(BundledEditions.class, BundledEditions.class.getClassLoader())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(
                    "no loader of the bundled frameworks is packaged with uk.nhs.coproduction.model"))
            .load();

    private Loaded() {
    }
}
