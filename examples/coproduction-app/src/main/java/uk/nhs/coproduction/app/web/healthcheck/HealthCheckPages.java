package uk.nhs.coproduction.app.web.healthcheck;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import uk.nhs.coproduction.app.check.ReportWording;
import uk.nhs.coproduction.app.web.server.Form;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.Templates;
import uk.nhs.coproduction.app.web.server.Upload;
import uk.nhs.coproduction.app.web.site.FieldError;
import uk.nhs.coproduction.app.web.site.FormErrors;
import uk.nhs.coproduction.app.web.site.Navigation;
import uk.nhs.coproduction.app.web.site.Page;
import uk.nhs.coproduction.model.alignment.Alignment;
import uk.nhs.coproduction.model.alignment.CircleAssessment;
import uk.nhs.coproduction.model.framework.LadderOfParticipation;
import uk.nhs.coproduction.model.healthcheck.Evidence;
import uk.nhs.coproduction.model.healthcheck.Finding;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.healthcheck.Severity;
import uk.nhs.coproduction.model.json.JsonProblem;
import uk.nhs.coproduction.model.json.JsonResult;
import uk.nhs.coproduction.model.partnership.Partnership;

/**
 * The health-check pages: {@code GET /health-check} (paste or upload a partnership document;
 * {@code ?sample=yes} fills in the sample) and {@code POST /health-check} (the report, or the form
 * again with every problem next to the field it came from, by line and field). Nothing is stored:
 * the document is read, checked and forgotten.
 */
public final class HealthCheckPages {

    /** The pasted document's field. */
    static final String TEXT_FIELD = "partnership";
    /** The file field. */
    static final String FILE_FIELD = "file";
    private static final int MAX_LISTED = 20;

    private final Supplier<HealthCheckService> service;
    private final Templates templates;

    /**
     * The pages over a health-check service.
     *
     * @param service the service (made in the background at start-up)
     * @param templates the site's templates
     */
    public HealthCheckPages(Supplier<HealthCheckService> service, Templates templates) {
        this.service = service;
        this.templates = templates;
    }

    /** {@code GET /health-check}. */
    public Reply form(Request request) {
        String text = request.query().has("sample") ? HealthCheckService.sampleText() : "";
        return form(request, text, FormErrors.NONE, List.of());
    }

    private Reply form(Request request, String text, FormErrors errors, List<HealthCheckForm.Excerpt> lines) {
        HealthCheckForm model = new HealthCheckForm(new Page("Co-production health check", Navigation.HEALTH_CHECK,
                errors.any()).forRequest(request), errors, text, lines);
        return Reply.html(errors.any() ? 422 : 200, templates.render("healthcheck/form.jte", model));
    }

    /** {@code POST /health-check}. */
    public Reply submit(Request request) throws IOException {
        Form form = request.form();
        String text = form.fields().text(TEXT_FIELD, "");
        Upload file = form.file(FILE_FIELD);
        if (text.isEmpty() && file.isEmpty()) {
            return form(request, "", FormErrors.of(List.of(new FieldError(TEXT_FIELD,
                    "Paste a partnership document, or choose a file"))), List.of());
        }
        if (!text.isEmpty() && !file.isEmpty()) {
            return form(request, text, FormErrors.of(List.of(new FieldError(FILE_FIELD,
                    "Paste a document or choose a file, not both: clear the pasted text to check the file"))),
                    List.of());
        }
        String field = file.isEmpty() ? TEXT_FIELD : FILE_FIELD;
        String document = text;
        if (!file.isEmpty()) {
            var decoded = file.utf8();
            if (decoded.isEmpty()) {
                return form(request, "", FormErrors.of(List.of(new FieldError(FILE_FIELD,
                        "The file is not UTF-8 text: save it as UTF-8 JSON and choose it again"))), List.of());
            }
            document = decoded.get();
        }
        HealthCheckService checker = service.get();
        JsonResult<Partnership> read = checker.read(document);
        if (read instanceof JsonResult.Refused<Partnership> refused) {
            return form(request, text, errors(field, refused.problems()), field.equals(TEXT_FIELD)
                    ? excerpt(text, refused.problems()) : List.of());
        }
        Partnership partnership = read.orElseThrow();
        HealthCheckReport report = checker.check(partnership);
        return Reply.html(200, templates.render("healthcheck/report.jte",
                result(request, report, Alignment.classify(partnership, report.ladder().rung()), checker)));
    }

    private static FormErrors errors(String field, List<JsonProblem> problems) {
        List<FieldError> errors = new ArrayList<>();
        String source = field.equals(TEXT_FIELD) ? "The pasted document" : "The file";
        errors.add(new FieldError(field, source + " is not a valid partnership: " + (problems.size() == 1
                ? "1 problem" : problems.size() + " problems") + " to put right"));
        for (JsonProblem problem : problems.subList(0, Math.min(MAX_LISTED, problems.size()))) {
            String described = problem.describe();
            errors.add(new FieldError(field, Character.toUpperCase(described.charAt(0)) + described.substring(1)));
        }
        if (problems.size() > MAX_LISTED) {
            errors.add(new FieldError(field, "And " + (problems.size() - MAX_LISTED) + " more"));
        }
        return FormErrors.of(errors);
    }

    /** The pasted lines that have problems, with one line either side, numbered. */
    private static List<HealthCheckForm.Excerpt> excerpt(String text, List<JsonProblem> problems) {
        String[] lines = text.split("\n", -1);
        Set<Integer> flagged = new TreeSet<>();
        problems.stream().filter(p -> p.position() != null).forEach(p -> flagged.add(p.position().line()));
        Set<Integer> shown = new TreeSet<>();
        for (int line : flagged) {
            for (int n = line - 1; n <= line + 1; n++) {
                if (n >= 1 && n <= lines.length) {
                    shown.add(n);
                }
            }
        }
        List<HealthCheckForm.Excerpt> excerpt = new ArrayList<>();
        for (int n : shown) {
            excerpt.add(new HealthCheckForm.Excerpt(n, lines[n - 1].stripTrailing(), flagged.contains(n)));
        }
        return excerpt.size() > 60 ? excerpt.subList(0, 60) : excerpt;
    }

    private static HealthCheckResult result(Request request, HealthCheckReport report, Alignment alignment, HealthCheckService checker) {
        ReportWording wording = new ReportWording(checker.frameworks());
        LadderOfParticipation ladder = checker.frameworks().ladder();
        List<HealthCheckResult.CircleView> circles = new ArrayList<>();
        for (CircleAssessment circle : alignment.circles()) {
            circles.add(new HealthCheckResult.CircleView(wording.circleName(circle.circle()), circle.inside(),
                    circle.reason()));
        }
        return new HealthCheckResult(Page.of("Health check: " + report.partnershipTitle(), Navigation.HEALTH_CHECK).forRequest(request),
                report.partnershipTitle(), ladder.nameOf(report.ladder().rung()), report.ladder().rung().position(),
                ladder.nameOf(report.ladder().rung().grouping()).toLowerCase(Locale.UK), report.ladder().reason(),
                report.ladder().toReachNextRung(), wording.regionName(alignment.region()),
                wording.regionMeaning(alignment.region()), circles, ReportWording.counts(report),
                report.actions().stream().map(f -> finding(f, wording)).toList(),
                report.findings(Severity.STRENGTH).stream().map(f -> finding(f, wording)).toList(),
                ReportWording.basedOn(report));
    }

    private static HealthCheckResult.FindingView finding(Finding finding, ReportWording wording) {
        String label = finding.severity().label();
        return new HealthCheckResult.FindingView(Character.toUpperCase(label.charAt(0)) + label.substring(1), label,
                finding.rule().title(), finding.explanation(),
                finding.evidence().stream().map(Evidence::toString).toList(), wording.looksFor(finding.rule()));
    }
}
