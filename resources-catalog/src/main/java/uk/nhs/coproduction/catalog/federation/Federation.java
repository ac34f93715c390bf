package uk.nhs.coproduction.catalog.federation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Alternative;
import uk.nhs.coproduction.catalog.resource.Annotation;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceField;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/**
 * Merges a base (national) release with local overlays into one {@link CatalogSnapshot}:
 * <ol>
 *   <li>the base release's resources, unchanged;</li>
 *   <li>each overlay's additions in its own namespace (a namespace already used is a
 *       {@link Conflict.NamespaceClash}; an id outside it a {@link Conflict.ForeignNamespace}; an id
 *       already present a {@link Conflict.DuplicateId}; in each case the existing data wins);</li>
 *   <li>hides and annotations, which must name a resource of another catalogue
 *       ({@link Conflict.UnknownTarget} otherwise);</li>
 *   <li>withdrawn tombstones for every resource the previous snapshot had that no source has
 *       now, so nothing silently disappears;</li>
 *   <li>a {@link Conflict.MissingReference} for every link to an id not in the result.</li>
 * </ol>
 *
 * @since 0.1.0
 */
public final class Federation {

    private Federation() {
    }

    /**
     * {@return the merged snapshot; its {@link CatalogSnapshot#conflicts()} lists every conflict}
     *
     * @param base the base release (usually the national catalogue)
     * @param overlays local overlays, in order: earlier ones win namespace clashes
     * @param vocabularies vocabularies for labels and synonyms
     * @param previous the snapshot this one replaces, or null for the first: its resources that
     *     have gone become withdrawn tombstones
     */
    public static CatalogSnapshot merge(CatalogRelease base, List<Overlay> overlays, Vocabularies vocabularies,
            @Nullable CatalogSnapshot previous) {
        List<CatalogInfo> sources = new ArrayList<>();
        sources.add(base.info());
        Map<ResourceId, Resource> resources = new LinkedHashMap<>();
        base.resources().forEach(r -> resources.put(r.id(), r));
        List<Conflict> conflicts = new ArrayList<>();
        Set<String> namespaces = new HashSet<>();
        namespaces.add(base.info().namespace());
        List<Overlay> merged = new ArrayList<>();
        for (Overlay overlay : overlays) {
            if (!namespaces.add(overlay.namespace())) {
                conflicts.add(new Conflict.NamespaceClash(overlay.namespace()));
                continue;
            }
            merged.add(overlay);
            sources.add(overlay.info());
            for (Resource addition : overlay.additions()) {
                if (!addition.id().isIn(overlay.namespace())) {
                    conflicts.add(new Conflict.ForeignNamespace(overlay.namespace(), addition.id()));
                } else if (resources.containsKey(addition.id())) {
                    conflicts.add(new Conflict.DuplicateId(overlay.namespace(), addition.id()));
                } else {
                    resources.put(addition.id(), addition);
                }
            }
        }
        Set<ResourceId> hidden = new HashSet<>();
        List<Annotation> annotations = new ArrayList<>();
        for (Overlay overlay : merged) {
            for (ResourceId target : overlay.hidden()) {
                if (isOtherCatalogues(target, overlay, resources)) {
                    hidden.add(target);
                } else {
                    conflicts.add(new Conflict.UnknownTarget(overlay.namespace(), target, "hide"));
                }
            }
            for (Annotation annotation : overlay.annotations()) {
                if (isOtherCatalogues(annotation.target(), overlay, resources)) {
                    annotations.add(new Annotation(annotation.target(), overlay.namespace(), annotation.note()));
                } else {
                    conflicts.add(new Conflict.UnknownTarget(overlay.namespace(), annotation.target(), "annotate"));
                }
            }
        }
        if (previous != null) {
            for (Resource gone : previous.allResources()) {
                if (!resources.containsKey(gone.id())) {
                    resources.put(gone.id(), gone.isWithdrawn() ? gone
                            : gone.withdraw("No longer published by its source catalogue '" + gone.id().namespace()
                                    + "'; kept as a withdrawn record so its id is never reused."));
                }
            }
        }
        for (Resource resource : resources.values()) {
            checkLinks(resource, resources, conflicts);
        }
        return CatalogSnapshot.of(sources, new ArrayList<>(resources.values()), hidden, annotations, conflicts,
                vocabularies);
    }

    private static boolean isOtherCatalogues(ResourceId target, Overlay overlay, Map<ResourceId, Resource> resources) {
        return !target.isIn(overlay.namespace()) && resources.containsKey(target);
    }

    private static void checkLinks(Resource resource, Map<ResourceId, Resource> resources, List<Conflict> conflicts) {
        String source = resource.id().namespace();
        for (Alternative alternative : resource.alternatives()) {
            missing(source, resource, ResourceField.ALTERNATIVES, alternative.target(), resources, conflicts);
        }
        for (ResourceId toolkit : resource.partOf()) {
            missing(source, resource, ResourceField.PART_OF, toolkit, resources, conflicts);
        }
        for (ResourceId replaced : resource.replaces()) {
            missing(source, resource, ResourceField.REPLACES, replaced, resources, conflicts);
        }
        if (resource.replacedBy() != null) {
            missing(source, resource, ResourceField.REPLACED_BY, resource.replacedBy(), resources, conflicts);
        }
    }

    private static void missing(String source, Resource resource, ResourceField field, ResourceId target,
            Map<ResourceId, Resource> resources, List<Conflict> conflicts) {
        if (!resources.containsKey(target)) {
            conflicts.add(new Conflict.MissingReference(source, resource.id(), field, target));
        }
    }
}
