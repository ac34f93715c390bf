package uk.nhs.coproduction.app.web.portfolio;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.ProjectListing;
import uk.nhs.coproduction.alwaysevents.measurement.AssuranceIcon;
import uk.nhs.coproduction.alwaysevents.measurement.VariationIcon;
import uk.nhs.coproduction.alwaysevents.measurement.svg.SvgChart;
import uk.nhs.coproduction.alwaysevents.portfolio.MeasureReading;
import uk.nhs.coproduction.alwaysevents.portfolio.Portfolio;
import uk.nhs.coproduction.alwaysevents.portfolio.PortfolioFilter;
import uk.nhs.coproduction.alwaysevents.portfolio.PortfolioMeasure;
import uk.nhs.coproduction.alwaysevents.portfolio.PortfolioRow;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScale;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.app.web.projects.ProjectStore;
import uk.nhs.coproduction.app.web.server.ApiJson;
import uk.nhs.coproduction.app.web.server.Parameters;
import uk.nhs.coproduction.app.web.server.Problem;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;
import uk.nhs.coproduction.app.web.server.Templates;
import uk.nhs.coproduction.app.web.site.Navigation;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The portfolio of the app's Always Events&reg; projects, Making Data Count's summary table:
 * <ul>
 *   <li>{@code GET /portfolio}: the table, with a filter form (GET, so the filters are in the
 *       address), counts, and where each figure comes from;</li>
 *   <li>{@code GET /portfolio.csv}: the same rows as the library's CSV, as a download;</li>
 *   <li>{@code GET /api/portfolio}: the same rows as JSON.</li>
 * </ul>
 * All three take the query parameters {@code area} (repeat for several; an area of focus, ignoring
 * case) and {@code phase} (repeat or separate with commas; a phase code such as {@code TEST}, any
 * case, {@code -} or {@code _}). An unknown phase is refused with 400 naming the parameter; an area
 * no project has keeps no rows. The rows are {@link Portfolio#of} of every project that can be
 * read; a project whose log cannot be read is left out and counted.
 *
 * <p>The ladder rung is shown as not assessed: the rung comes from a co-production health check of
 * a partnership, which this app does not keep per project (its health-check page checks a
 * document and stores nothing), and the library derives no rung from an Always Events project's
 * own records.
 */
public final class PortfolioPages {

    /** The query parameter of the area filter. */
    public static final String AREA = "area";
    /** The query parameter of the phase filter. */
    public static final String PHASE = "phase";

    /** Why the ladder rung column says "Not assessed". */
    static final String RUNG_NOTE = "Not assessed: the rung of the ladder of participation comes from a co-production "
            + "health check of the project's partnership, and this app keeps no health check per project (the health "
            + "check page checks a document and stores nothing). The library does not work the rung out from an Always "
            + "Events project's own records.";

    private final ProjectStore store;
    private final Templates templates;

    /**
     * The portfolio over a store of projects.
     *
     * @param store the projects, opened when first needed
     * @param templates the site's templates
     */
    public PortfolioPages(ProjectStore store, Templates templates) {
        this.store = store;
        this.templates = templates;
    }

    /** {@code GET /portfolio}. */
    public Reply page(Request request) {
        Chosen chosen = Chosen.read(request.query());
        Read read = read();
        Portfolio shown = read.portfolio().filter(chosen.filter());
        List<PortfolioView.Row> rows = new ArrayList<>();
        for (PortfolioRow row : shown.rows()) {
            rows.add(row(row));
        }
        String query = chosen.query();
        PortfolioView model = new PortfolioView(Page.of("Portfolio of projects", Navigation.PORTFOLIO), rows,
                shown.size(), read.portfolio().size(), read.damaged(), filters(read.portfolio(), chosen),
                chosen.describe(read.definition()), "/portfolio.csv" + query, "/api/portfolio" + query, RUNG_NOTE);
        return Reply.html(200, templates.render("portfolio/summary.jte", model));
    }

    /** {@code GET /portfolio.csv}. */
    public Reply csv(Request request) {
        Chosen chosen = Chosen.read(request.query());
        String csv = read().portfolio().filter(chosen.filter()).toCsv();
        return Reply.of(200, "text/csv; charset=utf-8", csv)
                .withHeader("Content-Disposition", "attachment; filename=\"portfolio.csv\"");
    }

    /** {@code GET /api/portfolio}. */
    public Reply api(Request request) {
        Chosen chosen = Chosen.read(request.query());
        Read read = read();
        Portfolio shown = read.portfolio().filter(chosen.filter());
        ObjectNode root = ApiJson.MAPPER.createObjectNode();
        ObjectNode filters = root.putObject("filters");
        ArrayNode areas = filters.putArray("areas");
        chosen.areas().forEach(areas::add);
        ArrayNode phases = filters.putArray("phases");
        chosen.phases().forEach(p -> phases.add(p.code()));
        root.put("shown", shown.size()).put("total", read.portfolio().size()).put("damaged", read.damaged());
        ArrayNode projects = root.putArray("projects");
        for (PortfolioRow row : shown.rows()) {
            ObjectNode project = projects.addObject();
            project.put("id", row.id().value()).put("title", row.title()).put("areaOfFocus", row.area());
            project.putObject("phase").put("code", row.phase().code()).put("name", row.phaseName());
            project.put("status", row.status().name().toLowerCase(Locale.ROOT));
            if (row.progress().isPresent()) {
                project.put("progressScore", row.progress().get().value());
            } else {
                project.putNull("progressScore");
            }
            if (row.rung().isPresent()) {
                project.put("ladderRung", row.rung().get().name().toLowerCase(Locale.ROOT));
            } else {
                project.putNull("ladderRung");
            }
            ArrayNode measures = project.putArray("measures");
            for (PortfolioMeasure measure : row.measures()) {
                ObjectNode m = measures.addObject().put("name", measure.name())
                        .put("role", measure.role().name().toLowerCase(Locale.ROOT));
                if (measure.reading() instanceof MeasureReading.Latest latest) {
                    m.put("reading", "latest").put("period", latest.period()).put("value", latest.value())
                            .put("unit", latest.unit());
                    icon(m, "variationIcon", latest.variationIcon().map(VariationIcon::code),
                            latest.variationIcon().map(VariationIcon::description));
                    icon(m, "assuranceIcon", latest.assuranceIcon().map(AssuranceIcon::code),
                            latest.assuranceIcon().map(AssuranceIcon::description));
                } else if (measure.reading() instanceof MeasureReading.NotYetCharted not) {
                    m.put("reading", "not-yet-charted").put("reason", not.reason());
                }
            }
            project.putObject("links").put("page", "/projects/" + row.id().value())
                    .put("self", "/api/projects/" + row.id().value());
        }
        root.put("ladderRungNote", RUNG_NOTE);
        root.putObject("links").put("page", "/portfolio" + chosen.query()).put("csv", "/portfolio.csv" + chosen.query());
        root.put("trademark", AlwaysEvents.TRADEMARK_NOTICE);
        return Reply.json(200, ApiJson.write(root));
    }

    private static void icon(ObjectNode measure, String field, Optional<String> code, Optional<String> description) {
        if (code.isEmpty()) {
            measure.putNull(field);
        } else {
            measure.putObject(field).put("code", code.get()).put("description", description.orElse(""));
        }
    }

    /** Every project that can be read, as a portfolio, and how many cannot. */
    private record Read(Portfolio portfolio, int damaged, WorkflowDefinition definition) {
    }

    private Read read() {
        Optional<AlwaysEventProjects> opened = store.existing();
        if (opened.isEmpty()) {
            return new Read(Portfolio.of(List.of()), 0, WorkflowDefinition.standard());
        }
        List<AlwaysEventProject> projects = new ArrayList<>();
        int damaged = 0;
        for (ProjectListing listing : store.listing()) {
            if (listing instanceof ProjectListing.Readable readable) {
                projects.add(readable.project());
            } else {
                damaged++;
            }
        }
        WorkflowDefinition definition = opened.get().definition();
        return new Read(Portfolio.of(projects, definition, id -> Optional.empty()), damaged, definition);
    }

    private static PortfolioView.Row row(PortfolioRow row) {
        List<PortfolioView.Measure> measures = new ArrayList<>();
        for (PortfolioMeasure measure : row.measures()) {
            measures.add(measure(measure));
        }
        String progress = row.progress().map(s -> s + " " + ProgressScale.standard().level(s).label()).orElse("Not set");
        String rung = row.rung().map(r -> words(r.name())).orElse("Not assessed");
        return new PortfolioView.Row(row.id().value(), "/projects/" + row.id().value(), row.title(), row.area(),
                row.phaseName(), words(row.status().name()), progress, rung, measures);
    }

    private static PortfolioView.Measure measure(PortfolioMeasure measure) {
        String role = words(measure.role().name());
        if (measure.reading() instanceof MeasureReading.Latest latest) {
            return new PortfolioView.Measure(measure.name(), role, latest.valueText() + " in " + latest.period(), true,
                    latest.variationIcon().map(PortfolioPages::icon).orElse(null),
                    latest.assuranceIcon().map(PortfolioPages::icon).orElse(null),
                    "None: too few points for the chart's rules",
                    "None: the chart has no process limits to compare the aim with");
        }
        String reason = ((MeasureReading.NotYetCharted) measure.reading()).reason();
        return new PortfolioView.Measure(measure.name(), role, reason, false, null, null, "", "");
    }

    /** A variation icon drawn in the charts' colours: grey, blue for improvement, orange for concern, purple. */
    static PortfolioView.Icon icon(VariationIcon icon) {
        String colour = switch (icon) {
            case COMMON_CAUSE -> SvgChart.COMMON_CAUSE;
            case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> SvgChart.IMPROVEMENT;
            case CONCERN_HIGH, CONCERN_LOW -> SvgChart.CONCERN;
            case NEUTRAL_HIGH, NEUTRAL_LOW -> SvgChart.NEUTRAL;
        };
        String letter = icon == VariationIcon.COMMON_CAUSE ? "" : icon.code().endsWith("_high") ? "H" : "L";
        String label = switch (icon) {
            case COMMON_CAUSE -> "Common cause";
            case IMPROVEMENT_HIGH -> "Improvement, high";
            case IMPROVEMENT_LOW -> "Improvement, low";
            case CONCERN_HIGH -> "Concern, high";
            case CONCERN_LOW -> "Concern, low";
            case NEUTRAL_HIGH -> "Special cause, high";
            case NEUTRAL_LOW -> "Special cause, low";
        };
        return new PortfolioView.Icon(icon.code(), colour, letter, label, "Variation: " + icon.description());
    }

    /** An assurance icon: blue with P (consistently passes), orange with F (fails), grey with ? (either). */
    static PortfolioView.Icon icon(AssuranceIcon icon) {
        return switch (icon) {
            case CONSISTENT_PASS -> new PortfolioView.Icon(icon.code(), SvgChart.IMPROVEMENT, "P", "Consistent pass",
                    "Assurance: " + icon.description());
            case CONSISTENT_FAIL -> new PortfolioView.Icon(icon.code(), SvgChart.CONCERN, "F", "Consistent fail",
                    "Assurance: " + icon.description());
            case INCONSISTENT -> new PortfolioView.Icon(icon.code(), SvgChart.COMMON_CAUSE, "?", "Inconsistent",
                    "Assurance: " + icon.description());
        };
    }

    private static List<PortfolioView.Filter> filters(Portfolio all, Chosen chosen) {
        Map<String, Integer> areaCounts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<Phase, Integer> phaseCounts = new EnumMap<>(Phase.class);
        Map<Phase, String> phaseNames = new EnumMap<>(Phase.class);
        for (PortfolioRow row : all.rows()) {
            areaCounts.merge(row.area().strip(), 1, Integer::sum);
            phaseCounts.merge(row.phase(), 1, Integer::sum);
            phaseNames.putIfAbsent(row.phase(), row.phaseName());
        }
        List<PortfolioView.Option> areas = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Integer> area : areaCounts.entrySet()) {
            i++;
            areas.add(new PortfolioView.Option("area-" + i, area.getKey(), area.getKey(), area.getValue(),
                    chosen.areas().stream().anyMatch(a -> a.equalsIgnoreCase(area.getKey()))));
        }
        List<PortfolioView.Option> phases = new ArrayList<>();
        for (Map.Entry<Phase, Integer> phase : phaseCounts.entrySet()) {
            Phase p = phase.getKey();
            phases.add(new PortfolioView.Option("phase-" + p.code().toLowerCase(Locale.ROOT).replace('_', '-'),
                    p.code(), phaseNames.get(p), phase.getValue(), chosen.phases().contains(p)));
        }
        return List.of(new PortfolioView.Filter(AREA, "Area of focus", areas),
                new PortfolioView.Filter(PHASE, "Phase", phases));
    }

    /** An enum name in words: {@code CO_DESIGNING} becomes "Co-designing", {@code ACTIVE} "Active". */
    static String words(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String spaced = lower.equals("co_designing") || lower.equals("co_producing") ? lower.replace('_', '-')
                : lower.replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /**
     * The filters a request chose, read from its query.
     *
     * @param areas the areas named, stripped, as given
     * @param phases the phases named
     */
    record Chosen(List<String> areas, List<Phase> phases) {

        static Chosen read(Parameters query) {
            List<String> areas = new ArrayList<>();
            for (String area : query.all(AREA)) {
                if (!area.isBlank() && areas.stream().noneMatch(a -> a.equalsIgnoreCase(area.strip()))) {
                    areas.add(area.strip());
                }
            }
            List<Phase> phases = new ArrayList<>();
            for (String code : query.list(PHASE)) {
                Phase phase = phase(code);
                if (!phases.contains(phase)) {
                    phases.add(phase);
                }
            }
            return new Chosen(List.copyOf(areas), List.copyOf(phases));
        }

        private static Phase phase(String code) {
            String name = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Phase phase : Phase.values()) {
                if (phase.name().equals(name)) {
                    return phase;
                }
            }
            List<String> codes = new ArrayList<>();
            for (Phase phase : Phase.values()) {
                codes.add(phase.code());
            }
            String shown = code.length() > 40 ? code.substring(0, 40) + "…" : code;
            String detail = "The parameter phase has a value that is not a phase: \"" + shown + "\". Use one of "
                    + String.join(", ", codes) + ".";
            throw new RequestRefused(400, detail, List.of(Problem.Error.of(PHASE, detail)));
        }

        PortfolioFilter filter() {
            return PortfolioFilter.all().withAreas(areas).withPhases(phases);
        }

        /** The query string that chooses the same, such as {@code ?area=Ward%207&phase=TEST}, or "". */
        String query() {
            Map<String, List<String>> values = new LinkedHashMap<>();
            values.put(AREA, areas);
            values.put(PHASE, phases.stream().map(Phase::code).toList());
            StringBuilder query = new StringBuilder();
            values.forEach((name, list) -> list.forEach(value -> query.append(query.length() == 0 ? '?' : '&')
                    .append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
            return query.toString();
        }

        /** What the filters keep, in words, or "". */
        String describe(WorkflowDefinition definition) {
            List<String> parts = new ArrayList<>();
            if (!areas.isEmpty()) {
                parts.add("area of focus " + String.join(" or ", areas));
            }
            if (!phases.isEmpty()) {
                parts.add("phase " + String.join(" or ", phases.stream().map(p -> definition.phase(p).name()).toList()));
            }
            return String.join("; ", parts);
        }
    }
}
