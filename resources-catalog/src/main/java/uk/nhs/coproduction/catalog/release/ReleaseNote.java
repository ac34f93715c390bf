package uk.nhs.coproduction.catalog.release;

import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.resource.PartialDate;
import uk.nhs.coproduction.catalog.resource.ResourceId;

/**
 * One entry of a catalogue's changelog: which resources a release added, changed, deprecated and
 * withdrawn, with readable notes (DCAT {@code adms:versionNotes}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param version the release this entry describes, never null
 * @param issued when the release was published, or null while unreleased or unknown
 * @param notes what changed and why, in plain English, never null
 * @param added ids added in this release, never null
 * @param changed ids whose description changed, never null
 * @param deprecated ids deprecated, never null
 * @param withdrawn ids withdrawn, never null
 * @since 0.1.0
 */
public record ReleaseNote(String version, @Nullable PartialDate issued, String notes, Set<ResourceId> added,
        Set<ResourceId> changed, Set<ResourceId> deprecated, Set<ResourceId> withdrawn) {

    /**
     * Copies the sets, sorted.
     *
     * @param version the release this entry describes, never null
     * @param issued when the release was published, or null while unreleased or unknown
     * @param notes what changed and why, in plain English, never null
     * @param added ids added in this release, never null
     * @param changed ids whose description changed, never null
     * @param deprecated ids deprecated, never null
     * @param withdrawn ids withdrawn, never null
     */
    public ReleaseNote {
        if (version.isBlank()) {
            throw new IllegalArgumentException("a release note names its version");
        }
        added = java.util.Collections.unmodifiableSet(new TreeSet<>(added));
        changed = java.util.Collections.unmodifiableSet(new TreeSet<>(changed));
        deprecated = java.util.Collections.unmodifiableSet(new TreeSet<>(deprecated));
        withdrawn = java.util.Collections.unmodifiableSet(new TreeSet<>(withdrawn));
    }
}
