package uk.nhs.coproduction.benchmarks.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import uk.nhs.coproduction.alwaysevents.portfolio.Portfolio;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.report.ProjectSummary;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/**
 * Summarising a portfolio of {@value PortfolioFixture#PROJECTS} projects, each with
 * {@value PortfolioFixture#MEASURES} measure(s) of {@value PortfolioFixture#PERIODS} periods
 * (issue 11's target: under 50 ms), three ways in the same run:
 *
 * <ul>
 *   <li>{@link #portfolio}: {@code Portfolio.of(projects, definition, rungs)}, every row with its
 *       measures' latest values and icons, sorted;</li>
 *   <li>{@link #portfolioCsv}: the same, then written as CSV (what {@code /portfolio.csv} does);</li>
 *   <li>{@link #projectSummaries}: the baseline, {@code ProjectSummary.of(project, definition)} of
 *       every project, the per-project summary a project's page and {@code status} print.</li>
 * </ul>
 * The projects are replayed once, in the set-up (the state a store hands back); each iteration
 * works out every project's reliability and chart afresh, as the project keeps no result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortfolioBenchmark {

    private List<AlwaysEventProject> projects;
    private WorkflowDefinition definition;

    /** Replays the projects. */
    @Setup
    public void setUp() {
        projects = PortfolioFixture.projects();
        definition = WorkflowDefinition.standard();
        Portfolio portfolio = Portfolio.of(projects, definition, id -> Optional.empty());
        if (portfolio.size() != PortfolioFixture.PROJECTS || portfolio.rows().stream()
                .anyMatch(r -> r.measures().size() != PortfolioFixture.MEASURES)) {
            throw new IllegalStateException("the fixture is not " + PortfolioFixture.PROJECTS + " projects of "
                    + PortfolioFixture.MEASURES + " measures");
        }
    }

    /** The portfolio. */
    @Benchmark
    public Portfolio portfolio() {
        return Portfolio.of(projects, definition, id -> Optional.empty());
    }

    /** The portfolio as CSV. */
    @Benchmark
    public String portfolioCsv() {
        return Portfolio.of(projects, definition, id -> Optional.empty()).toCsv();
    }

    /** The baseline: each project's own summary. */
    @Benchmark
    public List<ProjectSummary> projectSummaries() {
        List<ProjectSummary> summaries = new ArrayList<>(projects.size());
        for (AlwaysEventProject project : projects) {
            summaries.add(ProjectSummary.of(project, definition));
        }
        return summaries;
    }
}
