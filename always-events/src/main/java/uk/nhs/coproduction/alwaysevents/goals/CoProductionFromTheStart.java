package uk.nhs.coproduction.alwaysevents.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartSpec;
import uk.nhs.coproduction.alwaysevents.measurement.ImprovementDirection;
import uk.nhs.coproduction.alwaysevents.measurement.Outcome;
import uk.nhs.coproduction.alwaysevents.measurement.RuleSet;
import uk.nhs.coproduction.alwaysevents.measurement.Series;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;

/**
 * The first national goal as a tracked measure: period by period, the proportion of an
 * organisation's Always Events&reg; projects, started by the end of the period, that had people
 * with lived experience in the co-design team from the very start and shared a design decision
 * with them by then, as the {@link CoProductionDefinition} says.
 *
 * <pre>{@code
 * CoProductionFromTheStart goal = CoProductionFromTheStart.of(projects.all(),
 *         CoProductionDefinition.standard(), ReportingPeriod.QUARTER, LocalDate.now());
 * goal.periods().forEach(p -> System.out.println(p.period() + ": " + p.coProduced() + " of " + p.started()));
 * ChartAnalysis chart = goal.chart().orElseThrow();
 * }</pre>
 *
 * <p>The periods run from the one in which the first project started to the one that holds the
 * last day asked for, with none left out. The result does not depend on the order of the projects,
 * and every count comes from dated facts, so a period's figures do not change when later facts are
 * recorded. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 * @provisional the chart may gain annotations, and a caller-given ladder rung may come to count
 */
public final class CoProductionFromTheStart {

    private final CoProductionDefinition definition;
    private final ReportingPeriod reportingPeriod;
    private final LocalDate until;
    private final List<ProjectCoProduction> projects;
    private final List<PeriodCount> periods;

    private CoProductionFromTheStart(CoProductionDefinition definition, ReportingPeriod reportingPeriod,
            LocalDate until, List<ProjectCoProduction> projects, List<PeriodCount> periods) {
        this.definition = definition;
        this.reportingPeriod = reportingPeriod;
        this.until = until;
        this.projects = projects;
        this.periods = periods;
    }

    /**
     * {@return the measure over {@code projects}, monthly, under the bundled definition, up to the
     * month that holds {@code until}}
     *
     * @param projects the projects, in any order
     * @param until a day in the last period to chart
     */
    public static CoProductionFromTheStart of(Collection<AlwaysEventProject> projects, LocalDate until) {
        return of(projects, CoProductionDefinition.standard(), ReportingPeriod.MONTH, until);
    }

    /**
     * {@return the measure over {@code projects}}
     *
     * @param projects the projects, in any order
     * @param definition which facts count
     * @param reportingPeriod months or quarters
     * @param until a day in the last period to chart; projects started after that period are left out
     */
    public static CoProductionFromTheStart of(Collection<AlwaysEventProject> projects,
            CoProductionDefinition definition, ReportingPeriod reportingPeriod, LocalDate until) {
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(reportingPeriod, "reportingPeriod");
        Objects.requireNonNull(until, "until");
        LocalDate lastDay = reportingPeriod.end(until);
        List<ProjectCoProduction> facts = new ArrayList<>(projects.size());
        for (AlwaysEventProject project : projects) {
            ProjectCoProduction one = ProjectCoProduction.of(project, definition);
            if (!one.startedOn().isAfter(lastDay)) {
                facts.add(one);
            }
        }
        facts.sort(Comparator.comparing(ProjectCoProduction::project));
        List<PeriodCount> periods = new ArrayList<>();
        LocalDate first = facts.stream().map(ProjectCoProduction::startedOn).min(Comparator.naturalOrder())
                .orElse(null);
        if (first != null) {
            for (LocalDate day = first; !day.isAfter(lastDay); day = reportingPeriod.next(day)) {
                LocalDate end = reportingPeriod.end(day);
                int started = 0;
                int coProduced = 0;
                for (ProjectCoProduction one : facts) {
                    if (!one.startedOn().isAfter(end)) {
                        started++;
                        if (one.isCoProducedFromTheStartBy(end)) {
                            coProduced++;
                        }
                    }
                }
                periods.add(new PeriodCount(reportingPeriod.label(day), end, started, coProduced));
            }
        }
        return new CoProductionFromTheStart(definition, reportingPeriod, lastDay, List.copyOf(facts),
                List.copyOf(periods));
    }

    /** {@return the definition the measure follows} */
    public CoProductionDefinition definition() {
        return definition;
    }

    /** {@return months or quarters} */
    public ReportingPeriod reportingPeriod() {
        return reportingPeriod;
    }

    /** {@return the last day of the last period} */
    public LocalDate until() {
        return until;
    }

    /** {@return each project's facts, by project id; only projects started by {@link #until()}} */
    public List<ProjectCoProduction> projects() {
        return projects;
    }

    /** {@return every period, oldest first; empty when no project had started} */
    public List<PeriodCount> periods() {
        return periods;
    }

    /**
     * {@return the periods as counts: co-produced from the very start over started, per period;
     * refused when there are no periods}
     */
    public Outcome<Series> counts() {
        Series.Builder builder = Series.counts();
        periods.forEach(p -> builder.add(p.period(), p.coProduced(), p.started()));
        return builder.build();
    }

    /**
     * {@return the periods as percentages (0 to 100), the values the chart draws; refused when
     * there are no periods}
     */
    public Outcome<Series> percentages() {
        Series.Builder builder = Series.values();
        periods.forEach(p -> builder.add(p.period(), p.percent()));
        return builder.build();
    }

    /**
     * {@return the chart of the percentages, of the definition's type, with the Anhøj rules and
     * improvement upwards; refused when there are no periods}
     */
    public Outcome<ChartAnalysis> chart() {
        ChartSpec spec = ChartSpec.of(definition.chartType(), RuleSet.anhoej())
                .withImprovement(ImprovementDirection.INCREASE);
        return percentages().flatMap(spec::analyse);
    }

    @Override
    public String toString() {
        return "CoProductionFromTheStart[" + projects.size() + " projects, " + periods.size() + " "
                + reportingPeriod.code() + "s]";
    }
}
