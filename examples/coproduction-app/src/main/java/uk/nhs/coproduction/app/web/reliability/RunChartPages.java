package uk.nhs.coproduction.app.web.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.coproduction.alwaysevents.measurement.Reliability;
import uk.nhs.coproduction.alwaysevents.measurement.ReliabilityAim;
import uk.nhs.coproduction.alwaysevents.measurement.Sustainment;
import uk.nhs.coproduction.app.spc.CsvSeries;
import uk.nhs.coproduction.app.web.server.Form;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.Templates;
import uk.nhs.coproduction.app.web.server.Upload;
import uk.nhs.coproduction.app.web.site.FieldError;
import uk.nhs.coproduction.app.web.site.FormErrors;
import uk.nhs.coproduction.app.web.site.Navigation;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The reliability run-chart page: {@code GET /run-chart} (an empty form; {@code ?example=yes}
 * fills in two years of example counts) and {@code POST /run-chart} (the same form with the run
 * chart, its aim line, what it shows and the data as a table; or with the errors next to their
 * fields). Nothing is stored.
 */
public final class RunChartPages {

    static final String CSV_FIELD = "csv";
    static final String FILE_FIELD = "file";
    static final String AIM_FIELD = "aim";
    static final String TITLE_FIELD = "title";
    private static final String DEFAULT_AIM = "95";
    private static final int MAX_TITLE = 150;

    private final Templates templates;

    /** The page, made with these templates. */
    public RunChartPages(Templates templates) {
        this.templates = templates;
    }

    /** {@code GET /run-chart}. */
    public Reply form(Request request) {
        String csv = request.query().has("example") ? exampleCsv() : "";
        return page(request, csv, DEFAULT_AIM, "", FormErrors.NONE, null);
    }

    /** {@code POST /run-chart}. */
    public Reply submit(Request request) throws IOException {
        Form form = request.form();
        String csv = form.fields().text(CSV_FIELD, "");
        String aimText = form.fields().text(AIM_FIELD, "");
        String title = form.fields().text(TITLE_FIELD, "");
        Upload file = form.file(FILE_FIELD);
        List<FieldError> errors = new ArrayList<>();
        String field = file.isEmpty() ? CSV_FIELD : FILE_FIELD;
        String data = csv;
        if (csv.isEmpty() && file.isEmpty()) {
            errors.add(new FieldError(CSV_FIELD, "Paste the measurements, or choose a CSV file"));
        } else if (!csv.isEmpty() && !file.isEmpty()) {
            errors.add(new FieldError(FILE_FIELD, "Paste the measurements or choose a file, not both: clear the "
                    + "pasted text to use the file"));
        } else if (!file.isEmpty()) {
            data = file.utf8().orElse("");
            if (data.isEmpty()) {
                errors.add(new FieldError(FILE_FIELD, "The file is empty or not UTF-8 text: save it as a UTF-8 CSV "
                        + "file and choose it again"));
            }
        }
        Double aim = aim(aimText, errors);
        if (title.length() > MAX_TITLE) {
            errors.add(new FieldError(TITLE_FIELD, "The title must be " + MAX_TITLE + " characters or fewer"));
        }
        if (!errors.isEmpty() || aim == null) {
            return page(request, csv, aimText, title, FormErrors.of(errors), null);
        }
        Measurements.Read<Reliability> read = Measurements.reliability(data, ReliabilityAim.ofPercent(aim));
        if (read instanceof Measurements.Refused<Reliability> refused) {
            for (CsvSeries.LineError error : refused.errors()) {
                String described = error.describe();
                errors.add(new FieldError(field, Character.toUpperCase(described.charAt(0)) + described.substring(1)));
            }
            return page(request, csv, aimText, title, FormErrors.of(errors), null);
        }
        Reliability reliability = ((Measurements.Accepted<Reliability>) read).value();
        String chartTitle = title.isEmpty() ? "Reliability: % of eligible people for whom it happened" : title;
        RunChartForm.Result result = new RunChartForm.Result(reliability.summary(), sustained(reliability),
                ChartView.ofReliability(reliability, chartTitle, List.of()));
        return page(request, csv, aimText, title, FormErrors.NONE, result);
    }

    private static Double aim(String text, List<FieldError> errors) {
        try {
            double aim = Double.parseDouble(text.replace("%", "").strip());
            if (aim >= Measurements.MIN_AIM && aim <= 100) {
                return aim;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(AIM_FIELD, "Enter the aim as a percentage from 1 to 100, such as 95"));
        return null;
    }

    /** Sustainment in a few words, for the tag beside the summary (the project pages show it too). */
    public static String sustained(Reliability reliability) {
        Sustainment sustainment = reliability.sustainment();
        if (sustainment instanceof Sustainment.Sustained) {
            return "Sustained at the aim";
        }
        if (sustainment instanceof Sustainment.NotSustained) {
            return "Not sustained at the aim";
        }
        return "Not enough data yet";
    }

    private Reply page(Request request, String csv, String aim, String title, FormErrors errors, RunChartForm.Result result) {
        RunChartForm model = new RunChartForm(new Page("Reliability run chart", Navigation.RUN_CHART, errors.any()).forRequest(request),
                errors, csv, aim, title, result);
        return Reply.html(errors.any() ? 422 : 200, templates.render("reliability/run-chart.jte", model));
    }

    /** Two years of invented monthly counts for an Always Event, as a CSV file. */
    static String exampleCsv() {
        try (InputStream in = RunChartPages.class.getResourceAsStream("example.csv")) {
            if (in == null) {
                throw new IllegalStateException("the example measurements are missing from the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example measurements", e);
        }
    }
}
