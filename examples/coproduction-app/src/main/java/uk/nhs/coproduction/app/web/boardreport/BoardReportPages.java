package uk.nhs.coproduction.app.web.boardreport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.ProjectListing;
import uk.nhs.coproduction.alwaysevents.portfolio.Portfolio;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.report.ProjectSummary;
import uk.nhs.coproduction.app.web.projects.ProjectStore;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;
import uk.nhs.coproduction.app.web.server.Templates;

/**
 * The board reports:
 * <ul>
 *   <li>{@code GET /projects/{id}/board-report}: a project's report, one printable page;</li>
 *   <li>{@code GET /projects/{id}/board-report.pdf}: the same page as PDF;</li>
 *   <li>{@code GET /portfolio/board-report}: the portfolio's summary table of every project;</li>
 *   <li>{@code GET /portfolio/board-report.pdf}: the same page as PDF.</li>
 * </ul>
 * The PDF is made from the HTML the page is sent as ({@link PdfDocument}), so the two say the same.
 */
public final class BoardReportPages {

    /** The media type of a PDF. */
    static final String PDF = "application/pdf";

    private final ProjectStore store;
    private final Templates templates;

    /**
     * The pages over the app's projects.
     *
     * @param store the projects
     * @param templates the compiled templates
     */
    public BoardReportPages(ProjectStore store, Templates templates) {
        this.store = store;
        this.templates = templates;
    }

    /** {@return the address of a project's board report} @param id the project's id */
    public static String href(ProjectId id) {
        return "/projects/" + id.value() + "/board-report";
    }

    /** {@code GET /projects/{id}/board-report}. */
    public Reply project(Request request) {
        return Reply.html(200, projectPage(request));
    }

    /** {@code GET /projects/{id}/board-report.pdf}. */
    public Reply projectPdf(Request request) {
        AlwaysEventProject project = find(request);
        return pdf(projectPage(project), project.id().value() + "-board-report.pdf");
    }

    /** {@code GET /portfolio/board-report}. */
    public Reply portfolio(Request request) {
        return Reply.html(200, portfolioPage());
    }

    /** {@code GET /portfolio/board-report.pdf}. */
    public Reply portfolioPdf(Request request) {
        return pdf(portfolioPage(), "portfolio-board-report.pdf");
    }

    private String projectPage(Request request) {
        return projectPage(find(request));
    }

    private String projectPage(AlwaysEventProject project) {
        AlwaysEventProjects projects = store.open();
        ProjectReport report = ProjectReport.of(ProjectSummary.of(project, projects.definition()), store.today(),
                AlwaysEvents.TRADEMARK_NOTICE);
        return templates.render("boardreport/project.jte", report);
    }

    private String portfolioPage() {
        List<AlwaysEventProject> all = new ArrayList<>();
        Map<String, Long> versions = new HashMap<>();
        for (ProjectListing listing : store.listing()) {
            // A damaged project cannot be read, so it cannot be reported; the projects' list says which.
            if (listing instanceof ProjectListing.Readable readable) {
                all.add(readable.project());
                versions.put(readable.project().id().value(), readable.project().version());
            }
        }
        Portfolio portfolio = all.isEmpty() ? Portfolio.of(List.of())
                : Portfolio.of(all, store.open().definition(), id -> java.util.Optional.empty());
        PortfolioReport report = PortfolioReport.of(portfolio, id -> versions.getOrDefault(id, 0L), store.today(),
                AlwaysEvents.TRADEMARK_NOTICE);
        return templates.render("boardreport/portfolio.jte", report);
    }

    private static Reply pdf(String xhtml, String fileName) {
        return Reply.bytes(200, PDF, PdfDocument.of(xhtml))
                .withHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
    }

    private AlwaysEventProject find(Request request) {
        String id = request.pathParameter("id");
        String problem = ProjectId.problemWith(id);
        if (problem != null) {
            throw notFound();
        }
        return store.project(ProjectId.of(id)).orElseThrow(BoardReportPages::notFound);
    }

    private static RequestRefused notFound() {
        return new RequestRefused(404, "There is no project at this address. Go to the list of projects to find it.");
    }
}
