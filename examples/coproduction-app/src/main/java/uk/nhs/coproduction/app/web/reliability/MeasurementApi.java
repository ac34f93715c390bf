package uk.nhs.coproduction.app.web.reliability;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartSpec;
import uk.nhs.coproduction.alwaysevents.measurement.PeriodReliability;
import uk.nhs.coproduction.alwaysevents.measurement.Reliability;
import uk.nhs.coproduction.alwaysevents.measurement.ReliabilityAim;
import uk.nhs.coproduction.alwaysevents.measurement.Sustainment;
import uk.nhs.coproduction.app.spc.CsvSeries;
import uk.nhs.coproduction.app.spc.JsonReport;
import uk.nhs.coproduction.app.spc.SpcSettings;
import uk.nhs.coproduction.app.web.server.ApiJson;
import uk.nhs.coproduction.app.web.server.Parameters;
import uk.nhs.coproduction.app.web.server.Problem;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;

/**
 * The measurement API; the body is CSV ({@code text/csv}) with a header, one period a line:
 * <ul>
 *   <li>{@code POST /api/reliability?aim=95}: {@code period,numerator,denominator}; the reliability
 *       of an Always Event against its aim (per period, overall, sustainment) with its run chart in
 *       the JSON contract of the {@code spc} command;</li>
 *   <li>{@code POST /api/spc}: {@code period,value} or {@code period,numerator,denominator}, with the
 *       {@code spc} command's options as query parameters of the same names ({@code chart},
 *       {@code rules}, {@code shift-length}, {@code trend-length}, {@code screen-mr}, {@code freeze},
 *       {@code part}, {@code exclude}, {@code rebase}, {@code fix-after}, {@code improvement},
 *       {@code target}); the analysis in that JSON contract.</li>
 * </ul>
 * A refused parameter is a 400 naming it; a refused body is a 422 naming each line.
 */
public final class MeasurementApi {

    private static final Set<String> SPC_PARAMETERS = Set.of("chart", "rules", "shift-length", "trend-length",
            "screen-mr", "freeze", "part", "exclude", "rebase", "fix-after", "improvement", "target");

    /** {@code POST /api/reliability}. */
    public Reply reliability(Request request) throws IOException {
        Parameters query = request.query();
        List<Problem.Error> errors = new ArrayList<>();
        unknown(query, Set.of("aim"), errors);
        Double aim = decimal(query, "aim", errors);
        if (aim != null && !(aim >= Measurements.MIN_AIM && aim <= 100)) {
            errors.add(Problem.Error.of("aim", "must be a percentage from 1 to 100, such as 95"));
        }
        refuseIfAny(errors);
        String csv = csvBody(request);
        Measurements.Read<Reliability> read = Measurements.reliability(csv, ReliabilityAim.ofPercent(aim == null ? 95 : aim));
        Reliability reliability = accepted(read);
        return Reply.json(200, ApiJson.write(json(reliability)));
    }

    /**
     * An assessment of reliability as the API writes it: per period (events, eligible, percentage,
     * {@code aimMet}), overall, sustainment with its explanation, a summary, and the run chart in
     * the {@code spc --format json} contract. Project answers use it too.
     */
    public static ObjectNode json(Reliability reliability) {
        ObjectNode root = ApiJson.MAPPER.createObjectNode();
        root.put("aim", reliability.aim().percent());
        ArrayNode periods = root.putArray("periods");
        for (PeriodReliability period : reliability.periods()) {
            ObjectNode node = periods.addObject().put("period", period.period());
            if (period.hasData()) {
                node.put("events", period.events()).put("eligible", period.eligible())
                        .put("percentage", period.percentage().getAsDouble());
            } else {
                node.putNull("events").putNull("eligible").putNull("percentage");
            }
            node.put("aimMet", period.status().name().toLowerCase(Locale.ROOT));
        }
        root.put("periodsWithData", reliability.periodsWithData());
        root.put("periodsMeetingAim", reliability.periodsMeetingAim());
        if (reliability.overallPercentage().isPresent()) {
            root.put("overallPercentage", reliability.overallPercentage().getAsDouble());
        } else {
            root.putNull("overallPercentage");
        }
        Sustainment sustainment = reliability.sustainment();
        root.putObject("sustainment")
                .put("status", sustainment instanceof Sustainment.Sustained ? "sustained"
                        : sustainment instanceof Sustainment.NotSustained ? "not_sustained" : "insufficient_data")
                .put("explanation", sustainment.explanation());
        root.put("summary", reliability.summary());
        root.set("chart", ApiJson.MAPPER.readTree(JsonReport.of(reliability.chart())));
        return root;
    }

    /** {@code POST /api/spc}. */
    public Reply spc(Request request) throws IOException {
        Parameters query = request.query();
        List<Problem.Error> errors = new ArrayList<>();
        unknown(query, SPC_PARAMETERS, errors);
        String screen = query.text("screen-mr", "true");
        if (!screen.equals("true") && !screen.equals("false")) {
            errors.add(Problem.Error.of("screen-mr", "must be true or false"));
        }
        SpcSettings settings = new SpcSettings(query.text("chart", "run"), query.first("rules"),
                integer(query, "shift-length", errors), integer(query, "trend-length", errors), !screen.equals("false"),
                integer(query, "freeze", errors), integers(query, "part", errors), integers(query, "exclude", errors),
                query.list("rebase"), integer(query, "fix-after", errors), query.text("improvement", "increase"),
                decimal(query, "target", errors));
        List<SpcSettings.SettingError> settingErrors = new ArrayList<>();
        ChartSpec spec = settings.spec(settingErrors);
        settingErrors.forEach(e -> errors.add(Problem.Error.of(e.setting(), e.message())));
        refuseIfAny(errors);
        Measurements.Read<CsvSeries.Read> series = Measurements.series(csvBody(request), spec.chartType().needsSubgroups());
        CsvSeries.Read read = accepted(series);
        ChartAnalysis analysis = accepted(Measurements.outcome(spec.analyse(read.series()), read));
        return Reply.json(200, JsonReport.of(analysis));
    }

    private static String csvBody(Request request) throws IOException {
        request.requireMediaType("text/csv");
        return request.bodyText();
    }

    private static <T> T accepted(Measurements.Read<T> read) {
        if (read instanceof Measurements.Refused<T> refused) {
            List<Problem.Error> errors = refused.errors().stream()
                    .map(e -> new Problem.Error("", e.line(), null, e.message())).toList();
            throw new RequestRefused(422, "The CSV was refused: " + (errors.size() == 1 ? "1 problem."
                    : errors.size() + " problems."), errors);
        }
        return ((Measurements.Accepted<T>) read).value();
    }

    private static void unknown(Parameters query, Set<String> known, List<Problem.Error> errors) {
        for (String name : query.names()) {
            if (!known.contains(name)) {
                errors.add(Problem.Error.of(name, "is not a parameter here; use " + String.join(", ", known.stream()
                        .sorted().toList())));
            }
        }
    }

    private static void refuseIfAny(List<Problem.Error> errors) {
        if (!errors.isEmpty()) {
            throw new RequestRefused(400, "The query has " + (errors.size() == 1 ? "1 problem." : errors.size()
                    + " problems."), errors);
        }
    }

    private static @Nullable Integer integer(Parameters query, String name, List<Problem.Error> errors) {
        String text = query.text(name, "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.add(Problem.Error.of(name, "must be a whole number"));
            return null;
        }
    }

    private static List<Integer> integers(Parameters query, String name, List<Problem.Error> errors) {
        List<Integer> values = new ArrayList<>();
        for (String text : query.list(name)) {
            try {
                values.add(Integer.valueOf(text));
            } catch (NumberFormatException e) {
                errors.add(Problem.Error.of(name, "must be whole numbers separated by commas"));
                return List.of();
            }
        }
        return values;
    }

    private static @Nullable Double decimal(Parameters query, String name, List<Problem.Error> errors) {
        String text = query.text(name, "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(Problem.Error.of(name, "must be a number"));
        return null;
    }
}
