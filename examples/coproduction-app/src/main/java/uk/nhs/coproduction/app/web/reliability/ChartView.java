package uk.nhs.coproduction.app.web.reliability;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartPoint;
import uk.nhs.coproduction.alwaysevents.measurement.ControlLimits;
import uk.nhs.coproduction.alwaysevents.measurement.PeriodReliability;
import uk.nhs.coproduction.alwaysevents.measurement.Reliability;
import uk.nhs.coproduction.alwaysevents.measurement.svg.ChartAnnotation;
import uk.nhs.coproduction.alwaysevents.measurement.svg.SvgChart;

/**
 * A chart with its text alternatives, as the {@code components/chart.jte} template shows it: the
 * SVG (with its own title and description), a caption saying what it shows, and the same data as a
 * table with a header row and a header cell per period. Colour is never the only carrier of
 * meaning: the table says in words which periods met the aim and which points signal.
 *
 * <p>Any page that shows a run chart uses it: the run-chart page here, and an Always Events
 * project's page with its measurements.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param svg the SVG document, made by the library (every text in it escaped)
 * @param caption what the chart shows, in sentences
 * @param tableCaption the table's caption
 * @param headings the table's column headings
 * @param rows one row per period; the first cell is the period (a row header)
 */
public record ChartView(String svg, String caption, String tableCaption, List<String> headings,
        List<List<String>> rows) {

    /** Copies the lists. */
    public ChartView {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The same chart with only some of its table's rows: a long chart's table is shown a page at
     * a time, while the chart itself draws every point.
     *
     * @param first the first row kept, from 1
     * @param last the last row kept (0 with {@code first} 1 for none)
     * @return the chart with those rows
     */
    public ChartView withRowsOf(int first, int last) {
        if (first <= 1 && last >= rows.size()) {
            return this;
        }
        return new ChartView(svg, caption, tableCaption, headings, rows.subList(Math.max(0, first - 1),
                Math.min(rows.size(), last)));
    }

    /**
     * The run chart of an Always Event's reliability: percentages per period against the aim line,
     * with annotations (such as PDSA cycles) where given, and a table of the counts.
     *
     * @param reliability the assessment
     * @param title the chart's title
     * @param annotations markers to draw, each at a period of the chart
     */
    public static ChartView ofReliability(Reliability reliability, String title, List<ChartAnnotation> annotations) {
        ChartAnalysis chart = reliability.chart();
        String svg = SvgChart.of(chart).withTitle(title)
                .withAxisLabels("Period", "People for whom it happened (%)").withAnnotations(annotations).render();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < reliability.periods().size(); i++) {
            PeriodReliability period = reliability.periods().get(i);
            ChartPoint point = chart.point(i);
            rows.add(List.of(period.period(),
                    period.hasData() ? count(period.events()) : "",
                    period.hasData() ? count(period.eligible()) : "",
                    period.percentage().isPresent() ? percent(period.percentage().getAsDouble()) : "no data",
                    switch (period.status()) {
                        case MET -> "Yes";
                        case NOT_MET -> "No";
                        case NO_DATA -> "No data";
                    },
                    point.runsSignal() ? "Part of a shift or trend" : ""));
        }
        return new ChartView(svg, SvgChart.of(chart).withTitle(title).description(),
                title + ": the data behind the chart",
                List.of("Period", "Happened for", "Eligible", "Percentage", "Aim of " + reliability.aim() + " met?",
                        "Run-chart signal"), rows);
    }

    /** Any analysed chart (run, I, MR, P, P′, U, XmR), with a table of values, centre, limits and classification. */
    public static ChartView ofAnalysis(ChartAnalysis analysis, String title) {
        SvgChart drawing = SvgChart.of(analysis).withTitle(title);
        List<List<String>> rows = new ArrayList<>();
        for (ChartPoint point : analysis.points()) {
            Optional<ControlLimits> limits = point.limits();
            rows.add(List.of(point.period(), number(point.value()), number(point.centre()),
                    limits.map(l -> number(OptionalDouble.of(l.lower()))).orElse(""),
                    limits.map(l -> number(OptionalDouble.of(l.upper()))).orElse(""),
                    point.isGap() ? "no data" : point.specialCauseLabel().orElse(point.runsSignal() ? "runs signal" : "")));
        }
        return new ChartView(drawing.render(), drawing.description(), title + ": the data behind the chart",
                List.of("Period", "Value", "Centre", "Lower limit", "Upper limit", "Signal"), rows);
    }

    /** A percentage with at most one decimal: {@code 95%}, {@code 96.2%}. */
    static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    private static String count(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : BigDecimal.valueOf(value).toPlainString();
    }

    private static String number(OptionalDouble value) {
        if (value.isEmpty()) {
            return "";
        }
        double v = value.getAsDouble();
        return v == 0 ? "0" : new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
