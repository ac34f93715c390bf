package uk.nhs.coproduction.catalog.federation;

import uk.nhs.coproduction.catalog.resource.ResourceField;
import uk.nhs.coproduction.catalog.resource.ResourceId;

/**
 * Something a merge could not do cleanly. Conflicts are reported, never resolved silently; what
 * the merge did instead is stated by each kind.
 *
 * @since 0.1.0
 */
public sealed interface Conflict {

    /** {@return the namespace of the overlay or catalogue the conflict comes from, never null} */
    String source();

    /** {@return a sentence a person can act on, never null} */
    String describe();

    /**
     * An overlay added a resource whose id is already in the catalogue. The existing resource is
     * kept unchanged; the addition is left out.
     *
     * @param source the overlay's namespace
     * @param id the repeated id
     * @since 0.1.0
     */
    record DuplicateId(String source, ResourceId id) implements Conflict {
        @Override
        public String describe() {
            return source + " adds " + id + ", which already exists; the existing resource is kept";
        }
    }

    /**
     * An overlay added a resource outside its own namespace. Overlays never overwrite other
     * catalogues, so the addition is left out.
     *
     * @param source the overlay's namespace
     * @param id the id outside it
     * @since 0.1.0
     */
    record ForeignNamespace(String source, ResourceId id) implements Conflict {
        @Override
        public String describe() {
            return source + " adds " + id + ", outside its own namespace; left out (use an annotation or hide instead)";
        }
    }

    /**
     * A resource links to an id that is not in the merged catalogue. The resource is kept, link
     * and all, so the gap stays visible.
     *
     * @param source the namespace of the resource with the link
     * @param from the resource with the link
     * @param field which link
     * @param missing the id not found
     * @since 0.1.0
     */
    record MissingReference(String source, ResourceId from, ResourceField field, ResourceId missing)
            implements Conflict {
        @Override
        public String describe() {
            return from + " " + field.wireName() + " names " + missing + ", which is not in the catalogue";
        }
    }

    /**
     * An overlay hides or annotates an id that is not in the catalogue (or is its own). Nothing is
     * hidden or annotated.
     *
     * @param source the overlay's namespace
     * @param target the id not found
     * @param action {@code hide} or {@code annotate}
     * @since 0.1.0
     */
    record UnknownTarget(String source, ResourceId target, String action) implements Conflict {
        @Override
        public String describe() {
            return source + " tries to " + action + " " + target + ", which is not a resource of another catalogue";
        }
    }

    /**
     * Two catalogues use the same namespace. The later overlay is left out entirely.
     *
     * @param source the namespace used twice
     * @since 0.1.0
     */
    record NamespaceClash(String source) implements Conflict {
        @Override
        public String describe() {
            return "namespace " + source + " is used by more than one catalogue; the later overlay is left out";
        }
    }
}
