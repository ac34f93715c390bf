package uk.nhs.coproduction.app.web.goals;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.nhs.coproduction.alwaysevents.goals.CoProductionDefinition;
import uk.nhs.coproduction.alwaysevents.goals.CoProductionFromTheStart;
import uk.nhs.coproduction.alwaysevents.goals.ProjectCoProduction;
import uk.nhs.coproduction.alwaysevents.goals.ReportingPeriod;
import uk.nhs.coproduction.alwaysevents.goals.StaffSurveyQuestion;
import uk.nhs.coproduction.alwaysevents.goals.StaffSurveyResult;
import uk.nhs.coproduction.alwaysevents.goals.StaffSurveyResults;
import uk.nhs.coproduction.alwaysevents.goals.SurveyImport;
import uk.nhs.coproduction.alwaysevents.goals.SurveyProblem;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.Outcome;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.alwaysevents.GoalsJson;
import uk.nhs.coproduction.app.alwaysevents.StaffSurveyFile;
import uk.nhs.coproduction.app.web.projects.ProjectStore;
import uk.nhs.coproduction.app.web.reliability.ChartView;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;
import uk.nhs.coproduction.app.web.server.Templates;
import uk.nhs.coproduction.app.web.server.Upload;
import uk.nhs.coproduction.app.web.site.FieldError;
import uk.nhs.coproduction.app.web.site.FormErrors;
import uk.nhs.coproduction.app.web.site.Navigation;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The national goals: {@code GET /goals} (both goals charted with their data tables, each saying
 * where its figures come from; {@code ?period=quarter} for quarters), {@code POST
 * /goals/staff-survey} (upload a CSV file of NHS Staff Survey results, replacing those imported
 * before; a file with any problem changes nothing) and {@code GET /api/goals} (the same figures as
 * JSON, as {@code always-events goals --json} prints them).
 */
public final class GoalsPages {

    static final String FILE_FIELD = "file";

    private final ProjectStore projects;
    private final Templates templates;
    private final Clock clock;

    /** The pages over the projects and data directory of {@code projects}. */
    public GoalsPages(ProjectStore projects, Templates templates) {
        this.projects = projects;
        this.templates = templates;
        this.clock = Clock.systemUTC();
    }

    /** {@code GET /goals}. */
    public Reply page(Request request) {
        return render(period(request), FormErrors.NONE, 200);
    }

    /** {@code POST /goals/staff-survey}. */
    public Reply upload(Request request) throws IOException {
        List<FieldError> errors = new ArrayList<>();
        if (!uk.nhs.coproduction.app.web.signin.SignedIn.of(request).account()
                .holds(uk.nhs.coproduction.alwaysevents.access.ProjectRole.QI_LEAD, null)) {
            errors.add(new FieldError(FILE_FIELD, "Only a QI lead for the whole organisation can import Staff Survey "
                    + "results, because they are the organisation's figures: ask one to import this file. Nothing was "
                    + "imported."));
            return render(ReportingPeriod.MONTH, FormErrors.of(errors), 403);
        }
        Upload file = request.form().file(FILE_FIELD);
        if (file.isEmpty()) {
            errors.add(new FieldError(FILE_FIELD, "Choose a CSV file of Staff Survey results"));
            return render(ReportingPeriod.MONTH, FormErrors.of(errors), 422);
        }
        Optional<String> text = file.utf8();
        if (text.isEmpty() || text.get().isEmpty()) {
            errors.add(new FieldError(FILE_FIELD, "The file is empty or not UTF-8 text: save it as a UTF-8 CSV file and "
                    + "choose it again"));
            return render(ReportingPeriod.MONTH, FormErrors.of(errors), 422);
        }
        SurveyImport<StaffSurveyResults> read = StaffSurveyResults.parse(text.get());
        if (read instanceof SurveyImport.Refused<StaffSurveyResults> refused) {
            for (SurveyProblem problem : refused.problems()) {
                String described = problem.describe();
                errors.add(new FieldError(FILE_FIELD, "Nothing was imported: " + described));
            }
            return render(ReportingPeriod.MONTH, FormErrors.of(errors), 422);
        }
        StaffSurveyFile.write(projects.data().root(), read.orElseThrow(), file.fileName(), Instant.now(clock));
        return Reply.redirect(303, "/goals#staff-survey");
    }

    /** {@code GET /api/goals}. */
    public Reply api(Request request) {
        ReportingPeriod period = period(request);
        return Reply.json(200, GoalsJson.of(coProduction(period), StaffSurveyQuestion.standard(), survey()));
    }

    private ReportingPeriod period(Request request) {
        String code = request.query().text("period", "month");
        return ReportingPeriod.fromCode(code).orElseThrow(() -> new RequestRefused(400,
                "The parameter period must be month or quarter"));
    }

    private CoProductionFromTheStart coProduction(ReportingPeriod period) {
        List<AlwaysEventProject> all = new ArrayList<>();
        for (ProjectId id : projects.ids()) {
            projects.project(id).ifPresent(all::add);
        }
        return CoProductionFromTheStart.of(all, CoProductionDefinition.standard(), period, projects.today());
    }

    private Optional<StaffSurveyFile.Stored> survey() {
        try {
            return StaffSurveyFile.read(projects.data().root());
        } catch (IOException e) {
            throw new RequestRefused(500, "The imported Staff Survey results cannot be read: import the file again");
        }
    }

    private Reply render(ReportingPeriod period, FormErrors errors, int status) {
        CoProductionFromTheStart goal = coProduction(period);
        CoProductionDefinition definition = goal.definition();
        ChartView chart = goal.chart().accepted()
                .map(a -> ChartView.ofAnalysis(a, definition.name() + " (% of projects started)")).orElse(null);
        List<List<String>> rows = new ArrayList<>();
        for (ProjectCoProduction project : goal.projects()) {
            rows.add(List.of(project.project().value(), project.title(), project.startedOn().toString(),
                    project.livedExperienceFromTheStart().map(LocalDate::toString).orElse("no"),
                    project.firstSharedDecision().map(LocalDate::toString).orElse("no"),
                    project.coProducedFromTheStartSince().map(LocalDate::toString).orElse("not yet")));
        }
        GoalsPage.First first = new GoalsPage.First(definition.name(), definition.operationalDefinition(),
                GoalsJson.citation(definition.edition()), "The facts of the " + goal.projects().size() + " Always Events "
                        + "project(s) in this app's data directory started by " + goal.until() + ": when each started, "
                        + "when members of its co-design team joined and in which phase, when its vision was agreed, "
                        + "and its approvals. Counted " + (period == ReportingPeriod.MONTH ? "monthly" : "quarterly")
                        + " up to " + goal.until() + ".", definition.whyThisChart(), chart, rows);

        StaffSurveyQuestion question = StaffSurveyQuestion.standard();
        Optional<StaffSurveyFile.Stored> survey = survey();
        List<ChartView> charts = new ArrayList<>();
        List<String> notCharted = new ArrayList<>();
        List<List<String>> results = new ArrayList<>();
        String from = "No results have been imported yet: upload a CSV file below.";
        if (survey.isPresent()) {
            StaffSurveyResults imported = survey.get().results();
            from = "The file " + survey.get().source() + ", imported " + survey.get().importedAt() + ": "
                    + imported.results().size() + " result(s) for " + imported.organisations().size()
                    + " organisation(s).";
            for (String code : imported.organisations()) {
                Outcome<ChartAnalysis> analysed = imported.chart(code, question);
                if (analysed instanceof Outcome.Accepted<ChartAnalysis> accepted) {
                    charts.add(ChartView.ofAnalysis(accepted.value(), "Staff agreeing (%), " + code));
                } else {
                    notCharted.add(code + ": not charted. " + ((Outcome.Refused<ChartAnalysis>) analysed).summary());
                }
            }
            for (StaffSurveyResult result : imported.results()) {
                results.add(List.of(result.organisationCode(), Integer.toString(result.year()),
                        percent(result.percentAgreeing()),
                        result.agreeingCount().isPresent() ? Integer.toString(result.agreeingCount().getAsInt()) : "",
                        result.respondingCount().isPresent() ? Integer.toString(result.respondingCount().getAsInt()) : ""));
            }
        }
        GoalsPage.Second second = new GoalsPage.Second(question.wording(), question.measure(),
                GoalsJson.citation(question.edition()), from, question.whyThisChart(), charts, notCharted, results);
        GoalsPage model = new GoalsPage(new Page("National goals for co-production", Navigation.GOALS, errors.any()),
                errors, period.code(), first, second);
        return Reply.html(status, templates.render("goals/goals.jte", model));
    }

    private static String percent(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
