package uk.nhs.coproduction.catalog.federation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Alternative;
import uk.nhs.coproduction.catalog.resource.Annotation;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.Vocabularies;
import uk.nhs.coproduction.catalog.search.AppliedFilter;
import uk.nhs.coproduction.catalog.search.Facet;
import uk.nhs.coproduction.catalog.search.Hit;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.catalog.search.SearchResult;
import uk.nhs.coproduction.catalog.search.internal.FacetValues;
import uk.nhs.coproduction.catalog.search.internal.SearchIndex;

/**
 * One consistent, immutable view of a catalogue: the resources of one or more sources (the
 * national release and any local overlays), which of them are hidden locally, local annotations,
 * the conflicts found when they were merged, and a search index over exactly these resources.
 *
 * <p>Every read of one snapshot sees the same data, however the live
 * {@link uk.nhs.coproduction.catalog.Catalog} changes meanwhile. The Lucene index is built in memory the first time {@link #search} or
 * {@link #related} is called (or on {@link #prepareSearch()}), once, so reading or exporting a
 * snapshot never pays for it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CatalogSnapshot {

    private final List<CatalogInfo> sources;
    private final Vocabularies vocabularies;
    private final List<Resource> all;
    private final List<Resource> visible;
    private final Map<ResourceId, Resource> byId;
    private final Map<ResourceId, Integer> visibleOrdinals;
    private final Map<String, Resource> bySlug;
    private final Set<ResourceId> hidden;
    private final Map<ResourceId, List<Annotation>> annotations;
    private final List<Conflict> conflicts;
    private final Object indexLock = new Object();
    private volatile @Nullable SearchIndex index;

    private CatalogSnapshot(List<CatalogInfo> sources, List<Resource> resources, Set<ResourceId> hidden,
            List<Annotation> annotations, List<Conflict> conflicts, Vocabularies vocabularies) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a snapshot has at least one source catalogue");
        }
        this.sources = List.copyOf(sources);
        this.vocabularies = vocabularies;
        this.all = List.copyOf(resources);
        Map<ResourceId, Resource> ids = new HashMap<>();
        for (Resource resource : all) {
            if (ids.put(resource.id(), resource) != null) {
                throw new IllegalArgumentException(resource.id() + " appears twice in one snapshot");
            }
        }
        this.hidden = Collections.unmodifiableSet(new TreeSet<>(hidden));
        this.visible = all.stream().filter(r -> !this.hidden.contains(r.id())).toList();
        Map<ResourceId, Resource> visibleIds = new HashMap<>();
        Map<String, Resource> slugs = new HashMap<>();
        for (Resource resource : visible) {
            visibleIds.put(resource.id(), resource);
        }
        for (Resource resource : visible) {
            resource.formerSlugs().forEach(s -> slugs.putIfAbsent(s, resource));
        }
        for (Resource resource : visible) {
            slugs.put(resource.slug(), resource);
        }
        this.byId = Collections.unmodifiableMap(visibleIds);
        Map<ResourceId, Integer> ordinals = new HashMap<>();
        for (int i = 0; i < visible.size(); i++) {
            ordinals.put(visible.get(i).id(), i);
        }
        this.visibleOrdinals = ordinals;
        this.bySlug = Collections.unmodifiableMap(slugs);
        Map<ResourceId, List<Annotation>> notes = new LinkedHashMap<>();
        for (Annotation annotation : annotations) {
            notes.computeIfAbsent(annotation.target(), k -> new ArrayList<>()).add(annotation);
        }
        notes.replaceAll((k, v) -> List.copyOf(v));
        this.annotations = Map.copyOf(notes);
        this.conflicts = List.copyOf(conflicts);
    }

    /**
     * {@return a snapshot of one release}
     *
     * @param release the release
     * @param vocabularies the vocabularies labels and synonyms come from
     */
    public static CatalogSnapshot of(CatalogRelease release, Vocabularies vocabularies) {
        return new CatalogSnapshot(List.of(release.info()), release.resources(), Set.of(), List.of(), List.of(),
                vocabularies);
    }

    /**
     * {@return a snapshot from its parts, as {@link
     * uk.nhs.coproduction.catalog.federation.Federation} makes them}
     *
     * @param sources the source catalogues, the base (national) one first
     * @param resources every resource, including hidden ones and withdrawn tombstones; ids unique
     * @param hidden ids hidden locally
     * @param annotations local notes
     * @param conflicts what the merge reported
     * @param vocabularies the vocabularies labels and synonyms come from
     * @throws IllegalArgumentException if an id repeats or there is no source
     */
    public static CatalogSnapshot of(List<CatalogInfo> sources, List<Resource> resources, Set<ResourceId> hidden,
            List<Annotation> annotations, List<Conflict> conflicts, Vocabularies vocabularies) {
        return new CatalogSnapshot(sources, resources, hidden, annotations, conflicts, vocabularies);
    }

    /** {@return the source catalogues, the base one first; never empty} */
    public List<CatalogInfo> sources() {
        return sources;
    }

    /** {@return the base catalogue (usually the national one)} */
    public CatalogInfo info() {
        return sources.get(0);
    }

    /** {@return which releases this snapshot holds, e.g. {@code nhse 1.0.0 + leeds 2}} */
    public String version() {
        return String.join(" + ", sources.stream().map(s -> s.namespace() + " " + s.version()).toList());
    }

    /** {@return the vocabularies for labels, never null} */
    public Vocabularies vocabularies() {
        return vocabularies;
    }

    /**
     * {@return every resource not hidden locally, withdrawn tombstones included, in catalogue
     * order}
     */
    public List<Resource> resources() {
        return visible;
    }

    /**
     * {@return every resource including hidden ones, for federation and export of the whole merge}
     */
    public List<Resource> allResources() {
        return all;
    }

    /**
     * {@return the resource with this id, unless unknown or hidden locally (withdrawn ones are
     * found)}
     *
     * @param id the resource's id
     */
    public Optional<Resource> find(ResourceId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * {@return the resource with this current or former slug. When the slug is a former one, the
     * resource's {@link Resource#slug()} differs: a web page should redirect to it}
     *
     * @param slug the slug from an address
     */
    public Optional<Resource> findBySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /**
     * {@return whether a resource is hidden by a local overlay}
     *
     * @param id the resource's id
     */
    public boolean isHidden(ResourceId id) {
        return hidden.contains(id);
    }

    /** {@return ids hidden by local overlays} */
    public Set<ResourceId> hidden() {
        return hidden;
    }

    /**
     * {@return local notes on a resource, never null}
     *
     * @param id the resource's id
     */
    public List<Annotation> annotations(ResourceId id) {
        return annotations.getOrDefault(id, List.of());
    }

    /** {@return what the merge that made this snapshot reported, never null} */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    /**
     * {@return the visible resources that are part of a toolkit, in catalogue order}
     *
     * @param toolkit the toolkit's id
     */
    public List<Resource> parts(ResourceId toolkit) {
        return visible.stream().filter(r -> r.partOf().contains(toolkit)).toList();
    }

    /**
     * {@return the visible resources that list this one as an alternative (it is their Easy Read,
     * BSL… version)}
     *
     * @param id the resource's id
     */
    public List<Resource> alternativeOf(ResourceId id) {
        return visible.stream().filter(r -> r.alternatives().stream().map(Alternative::target).anyMatch(id::equals))
                .toList();
    }

    /**
     * {@return the latest replacement of a resource, following {@code replacedBy} links to the end,
     * or empty if it has none (or a link leads outside the snapshot or round in a circle)}
     *
     * @param id the resource's id
     */
    public Optional<Resource> latestReplacement(ResourceId id) {
        Set<ResourceId> seen = new HashSet<>();
        Resource current = byId.get(id);
        Resource latest = null;
        while (current != null && current.replacedBy() != null && seen.add(current.id())) {
            Resource next = byId.get(current.replacedBy());
            if (next == null || seen.contains(next.id())) {
                break;
            }
            latest = next;
            current = next;
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Searches the visible resources. See the {@code search} package for how search behaves.
     *
     * @param query what to search for, with filters, sort and page
     * @return one page of results, the total and the facet counts
     */
    public SearchResult search(Query query) {
        SearchIndex.Page page = index().search(query);
        List<Hit> hits = new ArrayList<>();
        for (SearchIndex.PageHit hit : page.hits()) {
            Resource resource = visible.get(hit.ordinal());
            hits.add(Hit.lazy(resource, hit.score(), annotations(resource.id()), hit.title(), hit.summary()));
        }
        FacetValues labels = new FacetValues(vocabularies);
        List<AppliedFilter> applied = new ArrayList<>();
        for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
            for (String value : filter.getValue()) {
                applied.add(new AppliedFilter(filter.getKey(), value, labels.label(filter.getKey(), value)));
            }
        }
        return new SearchResult(query, page.total(), hits, page.facets(), applied, page.matching());
    }

    /**
     * {@return up to {@code n} published or deprecated resources most like this one by title,
     * summary and topics, best first; empty for an unknown or hidden id}
     *
     * @param id the resource's id
     * @param n the most resources wanted
     */
    public List<Resource> related(ResourceId id, int n) {
        Integer ordinal = visibleOrdinals.get(id);
        if (ordinal == null) {
            return List.of();
        }
        return index().related(ordinal, n).stream().map(visible::get).toList();
    }

    /**
     * Builds the search index now, so the first search does not wait for it.
     *
     * @return this snapshot, with its index built
     */
    public CatalogSnapshot prepareSearch() {
        index();
        return this;
    }

    private SearchIndex index() {
        SearchIndex built = index;
        if (built == null) {
            synchronized (indexLock) {
                built = index;
                if (built == null) {
                    built = SearchIndex.build(visible, vocabularies);
                    index = built;
                }
            }
        }
        return built;
    }

    @Override
    public String toString() {
        return "CatalogSnapshot[" + version() + ", " + visible.size() + " resources]";
    }
}
