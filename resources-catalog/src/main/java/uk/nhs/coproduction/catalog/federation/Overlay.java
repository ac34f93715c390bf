package uk.nhs.coproduction.catalog.federation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.resource.Annotation;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;

/**
 * A local catalogue layered over the national one: resources it adds (in its own namespace),
 * national resources it hides locally, and notes it adds to them. An overlay never changes another
 * catalogue's resources.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param info the local catalogue's namespace, title and version, never null
 * @param additions resources added, all in {@code info.namespace()}, never null
 * @param hidden ids of other catalogues' resources to leave out locally, never null
 * @param annotations notes on other catalogues' resources, never null
 * @since 0.1.0
 */
public record Overlay(CatalogInfo info, List<Resource> additions, Set<ResourceId> hidden,
        List<Annotation> annotations) {

    /**
     * Copies the collections.
     *
     * @param info the local catalogue's namespace, title and version, never null
     * @param additions resources added, all in {@code info.namespace()}, never null
     * @param hidden ids of other catalogues' resources to leave out locally, never null
     * @param annotations notes on other catalogues' resources, never null
     */
    public Overlay {
        additions = List.copyOf(additions);
        hidden = Collections.unmodifiableSet(new TreeSet<>(hidden));
        annotations = List.copyOf(annotations);
    }

    /**
     * {@return an empty overlay for a local catalogue}
     *
     * @param info the local catalogue's namespace, title and version, never null
     */
    public static Overlay of(CatalogInfo info) {
        return new Overlay(info, List.of(), Set.of(), List.of());
    }

    /** {@return the overlay's namespace} */
    public String namespace() {
        return info.namespace();
    }

    /**
     * {@return a copy that also adds these resources}
     *
     * @param resources the resources to add, in the overlay's namespace
     */
    public Overlay withAdditions(Collection<Resource> resources) {
        List<Resource> all = new ArrayList<>(additions);
        all.addAll(resources);
        return new Overlay(info, all, hidden, annotations);
    }

    /**
     * {@return a copy that also hides this resource}
     *
     * @param id the id of the resource to hide
     */
    public Overlay withHidden(ResourceId id) {
        Set<ResourceId> all = new TreeSet<>(hidden);
        all.add(id);
        return new Overlay(info, additions, all, annotations);
    }

    /**
     * {@return a copy that also adds this note to a resource}
     *
     * @param target the resource the note is about
     * @param note the note
     */
    public Overlay withAnnotation(ResourceId target, String note) {
        List<Annotation> all = new ArrayList<>(annotations);
        all.add(new Annotation(target, info.namespace(), note));
        return new Overlay(info, additions, hidden, all);
    }
}
