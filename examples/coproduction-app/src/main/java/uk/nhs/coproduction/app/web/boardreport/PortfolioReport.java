package uk.nhs.coproduction.app.web.boardreport;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.nhs.coproduction.alwaysevents.portfolio.Portfolio;
import uk.nhs.coproduction.alwaysevents.portfolio.PortfolioRow;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScale;

/**
 * The portfolio's board report: Making Data Count's summary table of every project, with its
 * phase, progress score, ladder rung and each measure's latest value and icons, all as text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param projects one entry per project, in the portfolio's order (area, then title)
 * @param footer when it was made, from which data
 */
public record PortfolioReport(List<Project> projects, ProjectReport.Footer footer) {

    /** Copies the list. */
    public PortfolioReport {
        projects = List.copyOf(projects);
    }

    /**
     * One project of the portfolio.
     *
     * @param id the project's id, for the link to its own report
     * @param title its title
     * @param area its area of focus
     * @param phase its phase, by name
     * @param status "Active", "Paused" or "Closed"
     * @param progress its progress score with its meaning, or "Not set yet"
     * @param rung its ladder rung, or "Not assessed"
     * @param version the version of its record the report was made from
     * @param measures each measure's latest value and icons, in words
     */
    public record Project(String id, String title, String area, String phase, String status, String progress,
            String rung, long version, List<ProjectReport.MeasureLine> measures) {

        /** Copies the list. */
        public Project {
            measures = List.copyOf(measures);
        }
    }

    /**
     * The report of {@code portfolio}.
     *
     * @param portfolio the portfolio
     * @param versions the version of each project's record, by id
     * @param generatedOn the day the report is made
     * @param trademark the trademark sentence
     * @return the report
     */
    static PortfolioReport of(Portfolio portfolio, java.util.function.ToLongFunction<String> versions,
            LocalDate generatedOn, String trademark) {
        ProgressScale scale = ProgressScale.standard();
        List<Project> projects = portfolio.rows().stream().map(row -> project(row, scale, versions)).toList();
        String data = projects.isEmpty() ? "No projects yet"
                : "Each project's record as it stood then (its version is in the table)";
        return new PortfolioReport(projects, new ProjectReport.Footer(ProjectReport.date(generatedOn), data, trademark));
    }

    private static Project project(PortfolioRow row, ProgressScale scale,
            java.util.function.ToLongFunction<String> versions) {
        String status = switch (row.status()) {
            case ACTIVE -> "Active";
            case PAUSED -> "Paused";
            case CLOSED -> "Closed";
        };
        return new Project(row.id().value(), row.title(), row.area(), row.phaseName(), status,
                row.progress().map(p -> p + " " + scale.level(p).label()).orElse("Not set yet"),
                row.rung().map(r -> r.name().toLowerCase(Locale.UK).replace('_', ' ')).orElse("Not assessed"),
                versions.applyAsLong(row.id().value()), row.measures().stream().map(ProjectReport::line).toList());
    }
}
