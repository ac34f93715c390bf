package uk.nhs.coproduction.app.catalog;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import uk.nhs.coproduction.catalog.exchange.SearchResultJson;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.search.Facet;
import uk.nhs.coproduction.catalog.search.FacetCount;
import uk.nhs.coproduction.catalog.search.Hit;
import uk.nhs.coproduction.catalog.search.Matching;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.catalog.search.SearchResult;
import uk.nhs.coproduction.catalog.search.Sort;
import uk.nhs.coproduction.app.Progress;

/** {@code catalog search TEXT}: search with facet filters. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Search the catalogue, with facet filters.",
            "Words match literally (a colon or quote is just text), with English stemming and synonyms "
                    + "(QI = quality improvement, PDSA = plan do study act). Values within one filter are ORed; "
                    + "different filters are ANDed. Withdrawn resources are left out unless asked for."
        },
        footer = "%nExample: catalog search \"always events\" --audience staff --kind toolkit,guide"
                + "%nAlways Events® is a registered trademark of the Institute for Healthcare Improvement.")
final class SearchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT", description = "What to look for (omit for everything).")
    private String text = "";

    @Option(names = "--kind", split = ",", paramLabel = "KIND",
            description = "Kinds, e.g. guide, film, toolkit, report (comma-separated or repeated).")
    private List<String> kinds = new ArrayList<>();

    @Option(names = "--audience", split = ",", paramLabel = "AUDIENCE",
            description = "Audiences, e.g. staff, lived-experience, qi-teams, leaders.")
    private List<String> audiences = new ArrayList<>();

    @Option(names = "--topic", split = ",", paramLabel = "TOPIC",
            description = "Topics, e.g. co-production, always-events, pdsa.")
    private List<String> topics = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance, title or newest.")
    private String sort = "";

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + Query.DEFAULT_LIMIT,
            description = "Results to show: 1 to " + Query.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Results to skip.")
    private int offset;

    @Option(names = "--include-withdrawn", description = "Include withdrawn resources.")
    private boolean includeWithdrawn;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Mixin
    private OverlayOption overlay = new OverlayOption();

    @Override
    public Integer call() throws Exception {
        Query query = query();
        PrintWriter err = spec.commandLine().getErr();
        CatalogSnapshot snapshot = Progress.during(err, "Reading the catalogue", () -> overlay.snapshot(err));
        if (snapshot == null) {
            return CatalogCommand.BAD_INPUT;
        }
        checkValues(Facet.KIND, kinds, snapshot);
        checkValues(Facet.AUDIENCE, audiences, snapshot);
        checkValues(Facet.TOPIC, topics, snapshot);
        SearchResult result = Progress.during(err, "Searching the catalogue", () -> snapshot.search(query));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(SearchResultJson.write(result, snapshot.vocabularies()));
        } else {
            print(result, snapshot, out);
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private Query query() {
        if (text.length() > Query.MAX_TEXT_LENGTH) {
            throw bad("TEXT must be at most " + Query.MAX_TEXT_LENGTH + " characters");
        }
        if (limit < 1 || limit > Query.MAX_LIMIT) {
            throw bad("--limit must be 1 to " + Query.MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0 || offset > Query.MAX_OFFSET) {
            throw bad("--offset must be 0 to " + Query.MAX_OFFSET + ", was " + offset);
        }
        Query query = Query.text(text).withFilter(Facet.KIND, kinds).withFilter(Facet.AUDIENCE, audiences)
                .withFilter(Facet.TOPIC, topics).withPage(offset, limit).withWithdrawn(includeWithdrawn);
        if (!sort.isEmpty()) {
            query = query.withSort(Sort.byCode(sort).orElseThrow(
                    () -> bad("--sort must be relevance, title or newest, was '" + sort + "'")));
        }
        return query;
    }

    /** Refuses a filter value the vocabulary does not have, listing the values it does. */
    private void checkValues(Facet facet, List<String> values, CatalogSnapshot snapshot) {
        for (String value : values) {
            FilterValues.refusal(facet, value, snapshot).ifPresent(why -> {
                throw bad("--" + facet.code() + " " + why);
            });
        }
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static void print(SearchResult result, CatalogSnapshot snapshot, PrintWriter out) {
        String what = result.query().hasText() ? " for \"" + result.query().text() + "\"" : "";
        out.println(result.total() + (result.total() == 1 ? " result" : " results") + what
                + (result.matching() == Matching.FUZZY ? " (no exact matches: showing similar words)" : ""));
        if (!result.appliedFilters().isEmpty()) {
            out.println("Filtered by: " + String.join("; ", result.appliedFilters().stream()
                    .map(f -> f.facet().code() + " = " + f.label()).toList()));
        }
        int n = result.query().offset();
        for (Hit hit : result.items()) {
            Resource r = hit.resource();
            out.println();
            out.println(++n + ". " + hit.title());
            List<String> facts = new ArrayList<>();
            facts.add(snapshot.vocabularies().label(r.kind()));
            if (r.publisher() != null) {
                facts.add(r.publisher());
            }
            if (r.issued() != null) {
                facts.add(r.issued().toString());
            }
            if (r.isWithdrawn()) {
                facts.add("WITHDRAWN: " + r.withdrawalReason());
            }
            out.println("   " + String.join(" · ", facts));
            out.println("   " + hit.summary());
            out.println("   " + r.id() + (r.landingPage() != null ? "  " + r.landingPage() : ""));
            hit.annotations().forEach(a -> out.println("   Note from " + a.source() + ": " + a.note()));
        }
        out.println();
        for (Facet facet : List.of(Facet.KIND, Facet.AUDIENCE, Facet.TOPIC)) {
            List<FacetCount> counts = result.facet(facet);
            if (!counts.isEmpty()) {
                out.println(facet.code() + ": " + String.join(", ", counts.stream()
                        .map(c -> (c.selected() ? "[x] " : "") + c.value() + " (" + c.count() + ")").toList()));
            }
        }
        if (result.hasMore()) {
            out.println("More results: add --offset " + (result.query().offset() + result.items().size()));
        }
    }
}
