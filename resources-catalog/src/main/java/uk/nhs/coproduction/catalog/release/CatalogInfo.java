package uk.nhs.coproduction.catalog.release;

import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.resource.PartialDate;
import uk.nhs.coproduction.catalog.resource.ResourceId;

/**
 * Who publishes a catalogue and which release it is (DCAT {@code dcat:Catalog} with
 * {@code dcat:version}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param namespace the namespace every resource id of this catalogue uses (e.g. {@code nhse}), never null
 * @param title the catalogue's name, never null
 * @param publisher the publishing organisation, or null if not known
 * @param version this release's version label, never null
 * @param issued when this release was published, or null while unreleased or unknown
 * @param description a one-line description, or null
 * @since 0.1.0
 */
public record CatalogInfo(String namespace, String title, @Nullable String publisher, String version,
        @Nullable PartialDate issued, @Nullable String description) {

    /**
     * Checks the namespace, title and version.
     *
     * @param namespace the namespace every resource id of this catalogue uses (e.g. {@code nhse}),
     *     never null
     * @param title the catalogue's name, never null
     * @param publisher the publishing organisation, or null if not known
     * @param version this release's version label, never null
     * @param issued when this release was published, or null while unreleased or unknown
     * @param description a one-line description, or null
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public CatalogInfo {
        if (!ResourceId.isNamespace(namespace)) {
            throw new IllegalArgumentException("namespace must be lower-case letters, digits or hyphens, was '"
                    + namespace + "'");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("a catalogue has a title");
        }
        if (version.isBlank()) {
            throw new IllegalArgumentException("a catalogue release has a version");
        }
    }

    /**
     * {@return a catalogue with only the essentials known}
     *
     * @param namespace the namespace every resource id of this catalogue uses (e.g. {@code nhse}),
     *     never null
     * @param title the catalogue's name, never null
     * @param version this release's version label, never null
     */
    public static CatalogInfo of(String namespace, String title, String version) {
        return new CatalogInfo(namespace, title, null, version, null, null);
    }
}
