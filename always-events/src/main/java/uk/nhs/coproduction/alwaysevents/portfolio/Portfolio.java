package uk.nhs.coproduction.alwaysevents.portfolio;

import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.report.MeasureSummary;
import uk.nhs.coproduction.alwaysevents.report.ProjectSummary;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.ladder.LadderRung;

/**
 * The portfolio of an organisation's Always Events&reg; projects: one row per project with its
 * phase, progress score, ladder rung and the latest value and Making Data Count icons of each
 * measure, sorted by area of focus, then title, then id.
 *
 * <pre>{@code
 * Portfolio portfolio = Portfolio.of(projects.all());
 * Portfolio wards = portfolio.filter(PortfolioFilter.all().withPhases(List.of(Phase.TEST)));
 * Files.writeString(Path.of("portfolio.csv"), wards.toCsv());
 * }</pre>
 *
 * <p>Each row has every measure of the project's family, as {@link MeasureSummary#family}
 * gives it: the reliability (the outcome measure) first, then the process and balancing measures
 * in the order defined, read the way {@link ProjectSummary} reads them, so the two never disagree. The ladder rung is not a
 * fact an Always Events project records: it is given by the caller (for example from a
 * co-production health check) and is otherwise left out. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 * @provisional
 */
public final class Portfolio {

    /** How rows are sorted: area (ignoring case), then title (ignoring case), then id. */
    static final Comparator<PortfolioRow> ORDER = Comparator
            .comparing((PortfolioRow r) -> PortfolioFilter.key(r.area()))
            .thenComparing(r -> r.title().toLowerCase(Locale.ROOT))
            .thenComparing(PortfolioRow::title)
            .thenComparing(PortfolioRow::id);

    private final List<PortfolioRow> rows;

    private Portfolio(List<PortfolioRow> rows) {
        this.rows = rows;
    }

    /**
     * {@return the portfolio of {@code projects} under the standard workflow, without ladder rungs}
     *
     * @param projects the projects, in any order
     */
    public static Portfolio of(Collection<AlwaysEventProject> projects) {
        return of(projects, WorkflowDefinition.standard(), id -> Optional.empty());
    }

    /**
     * {@return the portfolio of {@code projects}, naming phases as {@code definition} does and with
     * each project's ladder rung from {@code rungs}}
     *
     * @param projects the projects, in any order
     * @param definition the workflow that names the phases
     * @param rungs the rung assessed for a project, or empty when none has been
     */
    public static Portfolio of(Collection<AlwaysEventProject> projects, WorkflowDefinition definition,
            Function<ProjectId, Optional<LadderRung>> rungs) {
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(rungs, "rungs");
        List<PortfolioRow> rows = new ArrayList<>(projects.size());
        for (AlwaysEventProject project : projects) {
            rows.add(row(project, definition, rungs.apply(project.id()).orElse(null)));
        }
        rows.sort(ORDER);
        return new Portfolio(List.copyOf(rows));
    }

    /**
     * {@return the portfolio of the projects {@code summaries} summarise, naming phases as each
     * summary does, without ladder rungs}
     *
     * @param summaries the project summaries, in any order
     */
    public static Portfolio ofSummaries(Collection<ProjectSummary> summaries) {
        List<PortfolioRow> rows = new ArrayList<>(summaries.size());
        for (ProjectSummary summary : summaries) {
            AlwaysEventProject project = summary.project();
            rows.add(new PortfolioRow(project.id(), project.profile().title(), project.profile().areaOfFocus(),
                    project.phase(), summary.phase().name(), project.status(),
                    project.progressScore().map(c -> c.score()).orElse(null), null,
                    readings(summary.measures())));
        }
        rows.sort(ORDER);
        return new Portfolio(List.copyOf(rows));
    }

    private static PortfolioRow row(AlwaysEventProject project, WorkflowDefinition definition, LadderRung rung) {
        return new PortfolioRow(project.id(), project.profile().title(), project.profile().areaOfFocus(),
                project.phase(), definition.phase(project.phase()).name(), project.status(),
                project.progressScore().map(c -> c.score()).orElse(null), rung,
                readings(MeasureSummary.family(project)));
    }

    private static List<PortfolioMeasure> readings(List<MeasureSummary> family) {
        List<PortfolioMeasure> measures = new ArrayList<>(family.size());
        for (MeasureSummary measure : family) {
            MeasureReading reading = measure.latestPeriod().isEmpty()
                    ? new MeasureReading.NotYetCharted(measure.notCharted().orElse("Not charted yet"))
                    : new MeasureReading.Latest(measure.latestPeriod().get(), measure.latestValue().getAsDouble(),
                            measure.unit(), measure.variationIcon().orElse(null), measure.assuranceIcon().orElse(null));
            measures.add(new PortfolioMeasure(measure.name(), measure.role(), reading));
        }
        return List.copyOf(measures);
    }

    /** {@return the rows, sorted by area of focus, then title, then id} */
    public List<PortfolioRow> rows() {
        return rows;
    }

    /** {@return how many projects the portfolio holds} */
    public int size() {
        return rows.size();
    }

    /** {@return the areas of focus of the rows, each once, sorted without regard to case} */
    public List<String> areas() {
        TreeMap<String, String> areas = new TreeMap<>();
        for (PortfolioRow row : rows) {
            areas.putIfAbsent(PortfolioFilter.key(row.area()), row.area().strip());
        }
        return List.copyOf(areas.values());
    }

    /** {@return the phases the rows are in, in the workflow's order} */
    public Set<Phase> phases() {
        EnumSet<Phase> phases = EnumSet.noneOf(Phase.class);
        rows.forEach(r -> phases.add(r.phase()));
        return Set.copyOf(phases);
    }

    /**
     * {@return the portfolio of the rows {@code filter} keeps, in the same order}
     *
     * @param filter which areas and phases to keep
     */
    public Portfolio filter(PortfolioFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return new Portfolio(rows.stream().filter(filter::keeps).toList());
    }

    /**
     * {@return the portfolio as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a
     * comma, quote or line break quoted), with a header row and one row per project and measure.
     * A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
     * is prefixed with a single quote so that a spreadsheet does not run it as a formula}
     */
    public String toCsv() {
        return PortfolioCsv.write(rows);
    }

    @Override
    public String toString() {
        return "Portfolio[" + rows.size() + " projects]";
    }
}
