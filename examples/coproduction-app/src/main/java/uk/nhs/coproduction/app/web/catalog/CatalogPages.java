package uk.nhs.coproduction.app.web.catalog;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.exchange.JsonLd;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.label.LinkLabel;
import uk.nhs.coproduction.catalog.resource.Alternative;
import uk.nhs.coproduction.catalog.resource.Annotation;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.Vocabularies;
import uk.nhs.coproduction.catalog.search.AppliedFilter;
import uk.nhs.coproduction.catalog.search.Facet;
import uk.nhs.coproduction.catalog.search.FacetCount;
import uk.nhs.coproduction.catalog.search.Hit;
import uk.nhs.coproduction.catalog.search.Matching;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.catalog.search.SearchResult;
import uk.nhs.coproduction.app.web.server.Problem;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;
import uk.nhs.coproduction.app.web.server.Templates;
import uk.nhs.coproduction.app.web.site.FieldError;
import uk.nhs.coproduction.app.web.site.FormErrors;
import uk.nhs.coproduction.app.web.site.Navigation;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The catalogue's pages: {@code GET /catalogue} (search box, facets as fieldsets of checkboxes with
 * counts, results with highlights and NHS link labels, paging) and {@code GET /catalogue/{slug}}
 * (a resource, with its schema.org JSON-LD). A former slug redirects to the current one.
 */
public final class CatalogPages {

    private final Supplier<CatalogSnapshot> catalog;
    private final Templates templates;

    /**
     * The pages over a catalogue.
     *
     * @param catalog the current snapshot (read once per request)
     * @param templates the site's templates
     */
    public CatalogPages(Supplier<CatalogSnapshot> catalog, Templates templates) {
        this.catalog = catalog;
        this.templates = templates;
    }

    /** {@code GET /catalogue}. */
    public Reply search(Request request) {
        CatalogSnapshot snapshot = catalog.get();
        CatalogSearch search = CatalogSearch.fromPage(request.query(), snapshot);
        SearchResult result = snapshot.search(search.query());
        FormErrors errors = FormErrors.NONE;
        for (Problem.Error error : search.errors()) {
            errors = errors.with(switch (error.field()) {
                case "q" -> new FieldError("q", error.detail());
                case "sort" -> new FieldError("sort", "The order of results " + error.detail());
                case "page" -> new FieldError("results", "The page number " + error.detail());
                default -> new FieldError("facet-" + error.field(), legend(error.field()) + ": " + error.detail());
            });
        }
        Query query = result.query();
        SearchPage model = new SearchPage(new Page("Resources catalogue", Navigation.CATALOGUE, errors.any()).forRequest(request), errors,
                query.text(), request.query().text("sort", ""), status(result), matchingNote(result),
                results(result, snapshot), query.offset() + 1, facets(result), applied(result),
                pagination(result));
        return Reply.html(200, templates.render("catalog/search.jte", model));
    }

    /** {@code GET /catalogue/{slug}}. */
    public Reply resource(Request request) {
        CatalogSnapshot snapshot = catalog.get();
        String slug = request.pathParameter("slug");
        Resource resource = snapshot.findBySlug(slug)
                .orElseThrow(() -> new RequestRefused(404, "There is no resource at this address. Search the "
                        + "catalogue to find what you are looking for."));
        if (!resource.slug().equals(slug)) {
            return Reply.redirect(301, href(resource));
        }
        URI pageUrl = URI.create(request.origin() + href(resource));
        ResourcePage model = new ResourcePage(Page.of(resource.title(), Navigation.CATALOGUE).forRequest(request), resource.summary(),
                statusNote(resource, snapshot.vocabularies()), snapshot.latestReplacement(resource.id()).map(
                        r -> related(r, "")).orElse(null),
                facts(resource, snapshot.vocabularies()), links(resource, snapshot.vocabularies()),
                alternatives(resource, snapshot), linked(resource.partOf(), snapshot),
                snapshot.parts(resource.id()).stream().map(r -> related(r, "")).toList(),
                snapshot.related(resource.id(), 3).stream().map(r -> related(r, "")).toList(),
                snapshot.annotations(resource.id()).stream().map(CatalogPages::note).toList(),
                JsonLd.item(snapshot, resource, pageUrl));
        return Reply.html(200, templates.render("catalog/resource.jte", model));
    }

    /** The path of a resource's page. */
    public static String href(Resource resource) {
        return "/catalogue/" + URLEncoder.encode(resource.slug(), StandardCharsets.UTF_8);
    }

    private static String status(SearchResult result) {
        int total = result.total();
        String count = total == 1 ? "1 resource" : total + " resources";
        String verb = total == 1 ? " matches" : " match";
        boolean filtered = !result.appliedFilters().isEmpty();
        String what;
        if (result.query().hasText()) {
            what = count + verb + " “" + result.query().text() + "”" + (filtered ? " with the filters chosen" : "");
        } else if (filtered) {
            what = count + verb + " the filters chosen";
        } else {
            what = count + " in the catalogue";
        }
        return what + shown(result);
    }

    private static String shown(SearchResult result) {
        if (result.items().isEmpty() || (result.query().offset() == 0 && !result.hasMore())) {
            return ".";
        }
        int first = result.query().offset() + 1;
        return "; showing " + first + " to " + (first + result.items().size() - 1) + ".";
    }

    private static @Nullable String matchingNote(SearchResult result) {
        return result.matching() == Matching.FUZZY
                ? "No resources matched your words exactly, so these match similar words." : null;
    }

    private static List<SearchPage.Result> results(SearchResult result, CatalogSnapshot snapshot) {
        Vocabularies vocabularies = snapshot.vocabularies();
        List<SearchPage.Result> results = new ArrayList<>();
        for (Hit hit : result.items()) {
            Resource resource = hit.resource();
            List<String> facts = new ArrayList<>();
            facts.add(vocabularies.label(resource.kind()));
            if (resource.publisher() != null) {
                facts.add(resource.publisher());
            }
            if (resource.issued() != null) {
                facts.add(resource.issued().toString());
            }
            List<LinkView> downloads = links(resource, vocabularies).stream().filter(l -> l.label() != null).toList();
            results.add(new SearchPage.Result(href(resource), hit.title().fragments(), hit.summary().fragments(),
                    String.join(" · ", facts), downloads,
                    resource.isWithdrawn() ? "Withdrawn: " + resource.withdrawalReason() : null,
                    hit.annotations().stream().map(CatalogPages::note).toList()));
        }
        return results;
    }

    private static List<SearchPage.FacetGroup> facets(SearchResult result) {
        List<SearchPage.FacetGroup> groups = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<FacetCount> counts = result.facet(facet);
            if (counts.isEmpty()) {
                continue;
            }
            List<SearchPage.FacetOption> options = new ArrayList<>();
            for (FacetCount count : counts) {
                options.add(new SearchPage.FacetOption("facet-" + facet.code() + "-" + inputId(count.value()),
                        count.value(), count.label(), count.count(), count.selected()));
            }
            groups.add(new SearchPage.FacetGroup(facet.code(), legend(facet.code()), options));
        }
        return groups;
    }

    /** A value made safe and readable as part of an element id. */
    private static String inputId(String value) {
        StringBuilder id = new StringBuilder();
        for (char c : value.toCharArray()) {
            id.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toLowerCase(c) : '-');
        }
        return id + "-" + Integer.toHexString(value.hashCode());
    }

    /** The legend of a facet's fieldset. */
    static String legend(String facetCode) {
        return switch (facetCode) {
            case "kind" -> "Kind of resource";
            case "audience" -> "Who it is for";
            case "topic" -> "Topic";
            case "format" -> "Format";
            case "accessibility" -> "Accessibility";
            case "alternative" -> "Other versions";
            case "language" -> "Language";
            case "publisher" -> "Publisher";
            default -> facetCode;
        };
    }

    private static List<SearchPage.AppliedFilterLink> applied(SearchResult result) {
        List<SearchPage.AppliedFilterLink> links = new ArrayList<>();
        for (AppliedFilter filter : result.appliedFilters()) {
            Map<String, List<String>> parameters = parameters(result.query(), 1);
            List<String> values = new ArrayList<>(parameters.getOrDefault(filter.facet().code(), List.of()));
            values.remove(filter.value());
            parameters.put(filter.facet().code(), values);
            links.add(new SearchPage.AppliedFilterLink(legend(filter.facet().code()), filter.label(),
                    address(parameters)));
        }
        return links;
    }

    private static SearchPage.Pagination pagination(SearchResult result) {
        int current = result.query().offset() / CatalogSearch.PAGE_SIZE + 1;
        int last = Math.max(1, Math.min(CatalogSearch.MAX_PAGE,
                (result.total() + CatalogSearch.PAGE_SIZE - 1) / CatalogSearch.PAGE_SIZE));
        List<SearchPage.PageLink> pages = new ArrayList<>();
        for (int n = Math.max(1, current - 2); n <= Math.min(last, current + 2); n++) {
            pages.add(page(result.query(), n, n == current));
        }
        return new SearchPage.Pagination(current > 1 ? page(result.query(), current - 1, false) : null,
                current < last ? page(result.query(), current + 1, false) : null, last > 1 ? pages : List.of());
    }

    private static SearchPage.PageLink page(Query query, int number, boolean current) {
        return new SearchPage.PageLink(number, address(parameters(query, number)), current);
    }

    private static Map<String, List<String>> parameters(Query query, int page) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query.hasText()) {
            parameters.put("q", List.of(query.text()));
        }
        query.filters().forEach((facet, values) -> parameters.put(facet.code(), List.copyOf(values)));
        if (page > 1) {
            parameters.put("page", List.of(Integer.toString(page)));
        }
        return parameters;
    }

    private static String address(Map<String, List<String>> parameters) {
        StringBuilder href = new StringBuilder("/catalogue");
        char separator = '?';
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            for (String value : entry.getValue()) {
                href.append(separator).append(entry.getKey()).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return href.toString();
    }

    private static @Nullable String statusNote(Resource resource, Vocabularies vocabularies) {
        if (resource.isWithdrawn()) {
            return "This resource has been withdrawn: " + resource.withdrawalReason();
        }
        String status = vocabularies.label(resource.status());
        return switch (resource.status()) {
            case PUBLISHED -> null;
            default -> "Status: " + status + ".";
        };
    }

    private static List<ResourcePage.Fact> facts(Resource resource, Vocabularies v) {
        List<ResourcePage.Fact> facts = new ArrayList<>();
        facts.add(new ResourcePage.Fact("Kind", v.label(resource.kind())));
        if (!resource.audiences().isEmpty()) {
            facts.add(new ResourcePage.Fact("Who it is for",
                    String.join(", ", resource.audiences().stream().map(v::label).toList())));
        }
        if (!resource.topics().isEmpty()) {
            facts.add(new ResourcePage.Fact("Topics", String.join(", ", resource.topics().stream().map(v::label).toList())));
        }
        if (resource.publisher() != null) {
            facts.add(new ResourcePage.Fact("Publisher", resource.publisher()));
        }
        if (!resource.creators().isEmpty()) {
            facts.add(new ResourcePage.Fact("Created by", String.join(", ", resource.creators())));
        }
        if (resource.issued() != null) {
            facts.add(new ResourcePage.Fact("Published", resource.issued().toString()));
        }
        if (resource.modified() != null) {
            facts.add(new ResourcePage.Fact("Last updated", resource.modified().toString()));
        }
        if (resource.timeRequired() != null) {
            facts.add(new ResourcePage.Fact("Time needed", LinkLabel.runningTime(resource.timeRequired())));
        }
        if (resource.licence() != null) {
            facts.add(new ResourcePage.Fact("Licence", resource.licence()));
        }
        if (resource.version() != null) {
            facts.add(new ResourcePage.Fact("Version", resource.version()));
        }
        String language = java.util.Locale.forLanguageTag(resource.language()).getDisplayLanguage(java.util.Locale.UK);
        facts.add(new ResourcePage.Fact("Language", language.isEmpty() ? resource.language() : language));
        facts.add(new ResourcePage.Fact("Catalogue id", resource.id().toString()));
        return facts;
    }

    /** The resource's web page and its files, each with the words and label the NHS service manual asks for. */
    static List<LinkView> links(Resource resource, Vocabularies vocabularies) {
        List<LinkView> links = new ArrayList<>();
        URI landing = resource.landingPage();
        if (landing != null) {
            links.add(new LinkView(landing.toString(), resource.title() + " on " + landing.getHost(), null));
        }
        for (Format format : resource.formats()) {
            URI url = format.url();
            if (url == null || url.equals(landing)) {
                continue;
            }
            Optional<LinkLabel> label = LinkLabel.of(resource, format, vocabularies);
            links.add(label.isPresent() ? new LinkView(url.toString(), resource.title(), label.get().text())
                    : new LinkView(url.toString(), resource.title() + " on " + url.getHost(), null));
        }
        return links;
    }

    private static List<ResourcePage.RelatedLink> alternatives(Resource resource, CatalogSnapshot snapshot) {
        List<ResourcePage.RelatedLink> links = new ArrayList<>();
        for (Alternative alternative : resource.alternatives()) {
            snapshot.find(alternative.target()).ifPresent(r -> links.add(related(r,
                    snapshot.vocabularies().label(alternative.kind()))));
        }
        for (Resource original : snapshot.alternativeOf(resource.id())) {
            links.add(related(original, "the resource this is a version of"));
        }
        return links;
    }

    private static List<ResourcePage.RelatedLink> linked(java.util.Set<ResourceId> ids, CatalogSnapshot snapshot) {
        return ids.stream().map(snapshot::find).flatMap(Optional::stream).map(r -> related(r, "")).toList();
    }

    private static ResourcePage.RelatedLink related(Resource resource, String note) {
        return new ResourcePage.RelatedLink(href(resource), resource.title(), note);
    }

    private static String note(Annotation annotation) {
        return "Note from " + annotation.source() + ": " + annotation.note();
    }
}
