package uk.nhs.coproduction.alwaysevents.measurement.svg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import uk.nhs.coproduction.alwaysevents.measurement.AssuranceIcon;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartPoint;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.ControlLimits;
import uk.nhs.coproduction.alwaysevents.measurement.PartSummary;
import uk.nhs.coproduction.alwaysevents.measurement.PointType;
import uk.nhs.coproduction.alwaysevents.measurement.VariationIcon;

/**
 * An analysed chart drawn as SVG, with its text alternative.
 *
 * <pre>{@code
 * String svg = SvgChart.of(analysis)
 *         .withTitle("Patients who always know who to contact: % per month")
 *         .withAxisLabels("Month", "Patients (%)")
 *         .withAnnotations(List.of(new ChartAnnotation("2024-04", "PDSA 1: teach-back")))
 *         .render();
 * }</pre>
 *
 * <p>Colours follow NHS England's Making Data Count: common cause {@value #COMMON_CAUSE}, improvement
 * {@value #IMPROVEMENT}, concern {@value #CONCERN}, neutral special cause {@value #NEUTRAL}, centre line
 * {@value #CENTRE}, process limits grey and dashed, target (aim) {@value #TARGET}. Colour is never the
 * only carrier of meaning: special-cause points are drawn larger, every point has a tooltip with its
 * classification, the {@code <desc>} states the findings, and {@link #textTable()} and
 * {@link #htmlTable()} give the whole chart as a table. A gap is drawn as a break in the line.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SvgChart {

    /** Common-cause points and the value line (grey). */
    public static final String COMMON_CAUSE = "#a6a6a6";
    /** Special cause of improvement (blue). */
    public static final String IMPROVEMENT = "#00b0f0";
    /** Special cause of concern (orange). */
    public static final String CONCERN = "#e46c0a";
    /** Neutral special cause (purple). */
    public static final String NEUTRAL = "#490092";
    /** The centre line (black). */
    public static final String CENTRE = "#000000";
    /** The target or aim line (red). */
    public static final String TARGET = "#de1b1b";

    private static final int MARGIN_LEFT = 72;
    private static final int MARGIN_RIGHT = 24;
    private static final int MARGIN_TOP = 76;
    private static final int MARGIN_BOTTOM = 124;

    private final ChartAnalysis analysis;
    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<ChartAnnotation> annotations;
    private final int width;
    private final int height;

    private SvgChart(ChartAnalysis analysis, String title, String xLabel, String yLabel,
            List<ChartAnnotation> annotations, int width, int height) {
        this.analysis = analysis;
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.annotations = List.copyOf(annotations);
        this.width = width;
        this.height = height;
    }

    /**
     * {@return a drawing of {@code analysis} with a default title, axis labels "Period" and
     * "Value", 800 × 420}
     *
     * @param analysis the chart to draw
     */
    public static SvgChart of(ChartAnalysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        String defaultTitle = analysis.chartType().title() + " of " + analysis.size() + " periods, "
                + analysis.series().period(0) + " to " + analysis.series().period(analysis.size() - 1);
        return new SvgChart(analysis, defaultTitle, "Period", "Value", List.of(), 800, 420);
    }

    /**
     * {@return the same drawing with another title}
     *
     * @param newTitle the title
     */
    public SvgChart withTitle(String newTitle) {
        return new SvgChart(analysis, requireText(newTitle, "title"), xLabel, yLabel, annotations, width, height);
    }

    /**
     * {@return the same drawing with other axis labels}
     *
     * @param x the horizontal axis's label
     * @param y the vertical axis's label
     */
    public SvgChart withAxisLabels(String x, String y) {
        return new SvgChart(analysis, title, requireText(x, "x label"), requireText(y, "y label"), annotations, width,
                height);
    }

    /**
     * {@return the same drawing with these annotations (for example PDSA cycles)}
     *
     * @param newAnnotations the annotations, each at its period
     * @throws IllegalArgumentException if an annotation names a period that is not on the chart
     */
    public SvgChart withAnnotations(List<ChartAnnotation> newAnnotations) {
        for (ChartAnnotation annotation : newAnnotations) {
            if (analysis.series().indexOf(annotation.period()).isEmpty()) {
                throw new IllegalArgumentException("the annotation '" + annotation.label() + "' is at "
                        + annotation.period() + ", which is not a period of the chart");
            }
        }
        return new SvgChart(analysis, title, xLabel, yLabel, newAnnotations, width, height);
    }

    /**
     * {@return the same drawing at another size in pixels}
     *
     * @param newWidth the width in pixels
     * @param newHeight the height in pixels
     * @throws IllegalArgumentException if the size leaves no room to plot (below 320 × 240)
     */
    public SvgChart withSize(int newWidth, int newHeight) {
        if (newWidth < 320 || newHeight < 240) {
            throw new IllegalArgumentException("a chart needs at least 320 × 240 pixels: " + newWidth + " × " + newHeight);
        }
        return new SvgChart(analysis, title, xLabel, yLabel, annotations, newWidth, newHeight);
    }

    /** {@return the SVG document} */
    public String render() {
        List<ChartPoint> points = analysis.points();
        int n = points.size();
        double[] range = valueRange(points);
        double low = range[0];
        double high = range[1];
        double[] ticks = niceTicks(low, high);
        low = Math.min(low, ticks[0]);
        high = Math.max(high, ticks[ticks.length - 1]);
        double plotLeft = MARGIN_LEFT + 12;
        double plotRight = width - MARGIN_RIGHT - 12;
        double plotTop = MARGIN_TOP;
        double plotBottom = height - MARGIN_BOTTOM;
        double step = n > 1 ? (plotRight - plotLeft) / (n - 1) : 0;
        double yLow = low;
        double yHigh = high;
        java.util.function.IntToDoubleFunction x = i -> n > 1 ? plotLeft + i * step : (plotLeft + plotRight) / 2;
        java.util.function.DoubleUnaryOperator y = v -> plotBottom - (v - yLow) / (yHigh - yLow) * (plotBottom - plotTop);

        StringBuilder svg = new StringBuilder(4096 + n * 220);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-labelledby=\"chart-title chart-desc\" font-family=\"Arial, sans-serif\">\n");
        svg.append("  <title id=\"chart-title\">").append(escape(title)).append("</title>\n");
        svg.append("  <desc id=\"chart-desc\">").append(escape(description())).append("</desc>\n");
        svg.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("  <text x=\"").append(MARGIN_LEFT).append("\" y=\"24\" font-size=\"16\" font-weight=\"bold\" fill=\"#212b32\">")
                .append(escape(title)).append("</text>\n");
        int iconY = 44;
        for (String icon : iconLines()) {
            svg.append("  <text x=\"").append(MARGIN_LEFT).append("\" y=\"").append(iconY)
                    .append("\" font-size=\"12\" fill=\"#4c6272\">").append(escape(icon)).append("</text>\n");
            iconY += 16;
        }

        // Axes, gridlines and tick labels.
        svg.append("  <g class=\"axes\" font-size=\"11\" fill=\"#4c6272\">\n");
        for (double tick : ticks) {
            double ty = y.applyAsDouble(tick);
            svg.append("    <line x1=\"").append(f(MARGIN_LEFT)).append("\" x2=\"").append(f(width - MARGIN_RIGHT))
                    .append("\" y1=\"").append(f(ty)).append("\" y2=\"").append(f(ty)).append("\" stroke=\"#e8edee\"/>\n");
            svg.append("    <text x=\"").append(f(MARGIN_LEFT - 6)).append("\" y=\"").append(f(ty + 4))
                    .append("\" text-anchor=\"end\">").append(escape(number(tick))).append("</text>\n");
        }
        svg.append("    <line x1=\"").append(f(MARGIN_LEFT)).append("\" x2=\"").append(f(MARGIN_LEFT)).append("\" y1=\"")
                .append(f(plotTop)).append("\" y2=\"").append(f(plotBottom)).append("\" stroke=\"#4c6272\"/>\n");
        svg.append("    <line x1=\"").append(f(MARGIN_LEFT)).append("\" x2=\"").append(f(width - MARGIN_RIGHT))
                .append("\" y1=\"").append(f(plotBottom)).append("\" y2=\"").append(f(plotBottom))
                .append("\" stroke=\"#4c6272\"/>\n");
        int labelEvery = Math.max(1, (int) Math.ceil(n / Math.max(1.0, (plotRight - plotLeft) / 28)));
        for (int i = 0; i < n; i += labelEvery) {
            double tx = x.applyAsDouble(i);
            svg.append("    <text transform=\"translate(").append(f(tx + 4)).append(' ').append(f(plotBottom + 10))
                    .append(") rotate(-60)\" text-anchor=\"end\">").append(escape(points.get(i).period())).append("</text>\n");
        }
        svg.append("    <text x=\"").append(f((plotLeft + plotRight) / 2)).append("\" y=\"").append(height - 46)
                .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#212b32\">").append(escape(xLabel)).append("</text>\n");
        svg.append("    <text transform=\"translate(16 ").append(f((plotTop + plotBottom) / 2))
                .append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"13\" fill=\"#212b32\">").append(escape(yLabel))
                .append("</text>\n");
        svg.append("  </g>\n");

        // Centre line and limits, part by part; a separator between parts.
        svg.append("  <g class=\"lines\" fill=\"none\">\n");
        for (PartSummary part : analysis.parts()) {
            int from = part.firstPoint() - 1;
            int to = part.lastPoint() - 1;
            double x1 = x.applyAsDouble(from) - (from == to ? 6 : 0);
            double x2 = x.applyAsDouble(to) + (from == to ? 6 : 0);
            if (part.part() > 1) {
                double sx = x.applyAsDouble(from) - step / 2;
                svg.append("    <line class=\"part-break\" x1=\"").append(f(sx)).append("\" x2=\"").append(f(sx))
                        .append("\" y1=\"").append(f(plotTop)).append("\" y2=\"").append(f(plotBottom))
                        .append("\" stroke=\"#4c6272\" stroke-dasharray=\"2 3\"/>\n");
            }
            OptionalDouble centre = points.get(from).centre();
            if (centre.isPresent()) {
                svg.append("    <line class=\"centre\" x1=\"").append(f(x1)).append("\" x2=\"").append(f(x2))
                        .append("\" y1=\"").append(f(y.applyAsDouble(centre.getAsDouble()))).append("\" y2=\"")
                        .append(f(y.applyAsDouble(centre.getAsDouble()))).append("\" stroke=\"").append(CENTRE)
                        .append("\" stroke-width=\"1.5\"").append(part.runsSignal() && analysis.variationIcon().isEmpty()
                                ? " stroke-dasharray=\"8 4\"" : "").append("/>\n");
            }
            limitPath(svg, points, from, to, x, y, ControlLimits::upper);
            limitPath(svg, points, from, to, x, y, ControlLimits::lower);
        }
        OptionalDouble target = analysis.spec().target();
        if (target.isPresent()) {
            double ty = y.applyAsDouble(target.getAsDouble());
            svg.append("    <line class=\"target\" x1=\"").append(f(plotLeft)).append("\" x2=\"").append(f(plotRight))
                    .append("\" y1=\"").append(f(ty)).append("\" y2=\"").append(f(ty)).append("\" stroke=\"").append(TARGET)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"/>\n");
        }
        // The value line, broken at gaps.
        StringBuilder path = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < n; i++) {
            OptionalDouble value = points.get(i).value();
            if (value.isEmpty()) {
                pen = false;
                continue;
            }
            path.append(pen ? " L" : (path.length() == 0 ? "M" : " M")).append(f(x.applyAsDouble(i))).append(' ')
                    .append(f(y.applyAsDouble(value.getAsDouble())));
            pen = true;
        }
        if (path.length() > 0) {
            svg.append("    <path class=\"values\" d=\"").append(path).append("\" stroke=\"").append(COMMON_CAUSE)
                    .append("\" stroke-width=\"2\"/>\n");
        }
        svg.append("  </g>\n");

        // Annotations (PDSA cycles, changes).
        if (!annotations.isEmpty()) {
            svg.append("  <g class=\"annotations\" font-size=\"11\" fill=\"#212b32\">\n");
            for (ChartAnnotation annotation : annotations) {
                int index = analysis.series().indexOf(annotation.period()).getAsInt();
                double ax = x.applyAsDouble(index);
                svg.append("    <g><title>").append(escape(annotation.period() + ": " + annotation.label())).append("</title>\n");
                svg.append("      <line x1=\"").append(f(ax)).append("\" x2=\"").append(f(ax)).append("\" y1=\"")
                        .append(f(plotTop)).append("\" y2=\"").append(f(plotBottom))
                        .append("\" stroke=\"#005eb8\" stroke-width=\"1\" stroke-dasharray=\"4 2\"/>\n");
                svg.append("      <text transform=\"translate(").append(f(ax + 3)).append(' ').append(f(plotTop + 4))
                        .append(") rotate(90)\">").append(escape(annotation.label())).append("</text>\n    </g>\n");
            }
            svg.append("  </g>\n");
        }

        // Points, each with a tooltip.
        svg.append("  <g class=\"points\">\n");
        for (int i = 0; i < n; i++) {
            ChartPoint point = points.get(i);
            if (point.isGap()) {
                continue;
            }
            String colour = colour(point);
            boolean special = !colour.equals(COMMON_CAUSE);
            svg.append("    <circle cx=\"").append(f(x.applyAsDouble(i))).append("\" cy=\"")
                    .append(f(y.applyAsDouble(point.value().getAsDouble()))).append("\" r=\"").append(special ? 5 : 3.5)
                    .append("\" fill=\"").append(colour).append("\" stroke=\"#ffffff\" stroke-width=\"1\"><title>")
                    .append(escape(pointText(point))).append("</title></circle>\n");
        }
        svg.append("  </g>\n");
        legend(svg, target.isPresent());
        svg.append("</svg>\n");
        return svg.toString();
    }

    /**
     * {@return the chart as a plain-text table, one row per period, for screen readers and
     * plain-text reports}
     */
    public String textTable() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Period", "Value", "Centre", "Lower limit", "Upper limit", "Classification", "Note"});
        for (ChartPoint point : analysis.points()) {
            rows.add(row(point));
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder text = new StringBuilder(title).append('\n').append(description()).append("\n\n");
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[c] + "s", row[c])).append(c + 1 < row.length ? "  " : "");
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    /**
     * {@return the chart as an accessible HTML table with a caption (the title) and a summary
     * paragraph}
     */
    public String htmlTable() {
        StringBuilder html = new StringBuilder("<table>\n  <caption>").append(escape(title)).append("</caption>\n")
                .append("  <thead><tr>");
        for (String heading : new String[] {"Period", "Value", "Centre", "Lower limit", "Upper limit", "Classification",
                "Note"}) {
            html.append("<th scope=\"col\">").append(heading).append("</th>");
        }
        html.append("</tr></thead>\n  <tbody>\n");
        for (ChartPoint point : analysis.points()) {
            String[] row = row(point);
            html.append("    <tr><th scope=\"row\">").append(escape(row[0])).append("</th>");
            for (int c = 1; c < row.length; c++) {
                html.append("<td>").append(escape(row[c])).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("  </tbody>\n</table>\n<p>").append(escape(description())).append("</p>\n").toString();
    }

    /** {@return what the chart shows, in a few sentences: the {@code <desc>} of the SVG} */
    public String description() {
        StringBuilder text = new StringBuilder();
        int n = analysis.size();
        text.append(analysis.chartType().title()).append(" with ").append(analysis.ruleSet().title()).append(", ")
                .append(n).append(n == 1 ? " period" : " periods").append(" from ").append(analysis.series().period(0))
                .append(" to ").append(analysis.series().period(n - 1)).append(". ");
        for (PartSummary part : analysis.parts()) {
            if (analysis.parts().size() > 1) {
                text.append("Part ").append(part.part()).append(" (").append(analysis.series().period(part.firstPoint() - 1))
                        .append(" to ").append(analysis.series().period(part.lastPoint() - 1)).append("): ");
            }
            boolean single = analysis.parts().size() == 1;
            String centreName = analysis.chartType() == ChartType.RUN ? "median " : "centre line ";
            part.centre().ifPresent(c -> text.append(single ? Character.toUpperCase(centreName.charAt(0))
                    + centreName.substring(1) : centreName).append(number(c)));
            part.averageLimits().ifPresent(l -> text.append(", limits ").append(number(l.lower())).append(" to ")
                    .append(number(l.upper())).append(analysis.chartType().needsCounts() || analysis.chartType().needsSubgroups() ? " on average" : ""));
            text.append(part.runsSignal() ? "; non-random pattern (runs signal)" : "");
            text.append(part.sigmaSignals() > 0 ? "; " + part.sigmaSignals() + " point" + (part.sigmaSignals() == 1 ? "" : "s")
                    + " beyond the limits" : "");
            text.append(". ");
        }
        analysis.spec().target().ifPresent(t -> text.append("Target ").append(number(t)).append(". "));
        analysis.latestPoint().ifPresent(p -> text.append("Latest: ").append(pointText(p)).append(". "));
        String icons = iconLine();
        if (!icons.isEmpty()) {
            text.append(icons).append(". ");
        }
        for (ChartAnnotation annotation : annotations) {
            text.append("Marker at ").append(annotation.period()).append(": ").append(annotation.label()).append(". ");
        }
        return text.toString().strip();
    }

    private String iconLine() {
        return String.join(". ", iconLines());
    }

    private List<String> iconLines() {
        List<String> lines = new ArrayList<>();
        analysis.variationIcon().map(VariationIcon::description).ifPresent(d -> lines.add("Variation: " + d));
        analysis.assuranceIcon().map(AssuranceIcon::description).ifPresent(d -> lines.add("Assurance: " + d));
        return lines;
    }

    private static String[] row(ChartPoint point) {
        Optional<ControlLimits> limits = point.limits();
        String classification = point.isGap() ? "no data"
                : point.pointType().map(SvgChart::typeText).orElse(point.sigmaSignal() ? "beyond the limits" : "");
        String note = point.specialCause().map(c -> c.label()).orElse(point.runsSignal() && point.pointType().isEmpty()
                ? "runs signal in this part" : "");
        return new String[] {point.period(), point.value().isPresent() ? number(point.value().getAsDouble()) : "",
            point.centre().isPresent() ? number(point.centre().getAsDouble()) : "",
            limits.map(l -> number(l.lower())).orElse(""), limits.map(l -> number(l.upper())).orElse(""),
            classification, note};
    }

    private static String pointText(ChartPoint point) {
        StringBuilder text = new StringBuilder(point.period()).append(": ")
                .append(point.value().isPresent() ? number(point.value().getAsDouble()) : "no data");
        point.pointType().ifPresent(type -> text.append(" (").append(typeText(type))
                .append(point.specialCause().map(c -> ", " + c.label()).orElse("")).append(')'));
        if (point.pointType().isEmpty() && point.sigmaSignal()) {
            text.append(" (beyond the limits)");
        }
        return text.toString();
    }

    private static String typeText(PointType type) {
        return switch (type) {
            case COMMON_CAUSE -> "common cause";
            case SPECIAL_CAUSE_IMPROVEMENT -> "special cause: improvement";
            case SPECIAL_CAUSE_CONCERN -> "special cause: concern";
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> "special cause: high";
            case SPECIAL_CAUSE_NEUTRAL_LOW -> "special cause: low";
        };
    }

    private static String colour(ChartPoint point) {
        Optional<PointType> type = point.pointType();
        if (type.isEmpty()) {
            return point.sigmaSignal() ? NEUTRAL : COMMON_CAUSE;
        }
        return switch (type.get()) {
            case COMMON_CAUSE -> COMMON_CAUSE;
            case SPECIAL_CAUSE_IMPROVEMENT -> IMPROVEMENT;
            case SPECIAL_CAUSE_CONCERN -> CONCERN;
            case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL;
        };
    }

    private void legend(StringBuilder svg, boolean hasTarget) {
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[] {"point", COMMON_CAUSE, "Common cause"});
        if (analysis.variationIcon().isPresent()) {
            entries.add(new String[] {"point", IMPROVEMENT, "Improvement"});
            entries.add(new String[] {"point", CONCERN, "Concern"});
            entries.add(new String[] {"point", NEUTRAL, "Special cause (neutral)"});
        } else if (analysis.chartType().hasLimits()) {
            entries.add(new String[] {"point", NEUTRAL, "Beyond the limits"});
        }
        entries.add(new String[] {"line", CENTRE, analysis.chartType() == ChartType.RUN ? "Median" : "Centre line"});
        if (analysis.chartType().hasLimits()) {
            entries.add(new String[] {"dash", COMMON_CAUSE, "Process limits"});
        }
        if (hasTarget) {
            entries.add(new String[] {"dash", TARGET, "Target"});
        }
        if (!annotations.isEmpty()) {
            entries.add(new String[] {"dash", "#005eb8", "Marker"});
        }
        svg.append("  <g class=\"legend\" font-size=\"11\" fill=\"#212b32\" aria-hidden=\"true\">\n");
        double lx = MARGIN_LEFT;
        double ly = height - 26;
        for (String[] entry : entries) {
            double entryWidth = 34 + entry[2].length() * 6.6;
            if (lx + entryWidth > width - MARGIN_RIGHT && lx > MARGIN_LEFT) {
                lx = MARGIN_LEFT;
                ly += 16;
            }
            if (entry[0].equals("point")) {
                svg.append("    <circle cx=\"").append(f(lx + 5)).append("\" cy=\"").append(f(ly - 4))
                        .append("\" r=\"4.5\" fill=\"").append(entry[1]).append("\"/>\n");
            } else {
                svg.append("    <line x1=\"").append(f(lx)).append("\" x2=\"").append(f(lx + 14)).append("\" y1=\"")
                        .append(f(ly - 4)).append("\" y2=\"").append(f(ly - 4)).append("\" stroke=\"").append(entry[1])
                        .append("\" stroke-width=\"1.5\"").append(entry[0].equals("dash") ? " stroke-dasharray=\"4 2\"" : "")
                        .append("/>\n");
            }
            svg.append("    <text x=\"").append(f(lx + 18)).append("\" y=\"").append(f(ly)).append("\">")
                    .append(escape(entry[2])).append("</text>\n");
            lx += entryWidth;
        }
        svg.append("  </g>\n");
    }

    private static void limitPath(StringBuilder svg, List<ChartPoint> points, int from, int to,
            java.util.function.IntToDoubleFunction x, java.util.function.DoubleUnaryOperator y,
            java.util.function.ToDoubleFunction<ControlLimits> which) {
        StringBuilder path = new StringBuilder();
        boolean pen = false;
        for (int i = from; i <= to; i++) {
            Optional<ControlLimits> limits = points.get(i).limits();
            if (limits.isEmpty()) {
                pen = false;
                continue;
            }
            double ly = y.applyAsDouble(which.applyAsDouble(limits.get()));
            double x1 = from == to ? x.applyAsDouble(i) - 6 : x.applyAsDouble(i);
            path.append(pen ? " L" : (path.length() == 0 ? "M" : " M")).append(f(x1)).append(' ').append(f(ly));
            if (from == to) {
                path.append(" L").append(f(x1 + 12)).append(' ').append(f(ly));
            }
            pen = true;
        }
        if (path.length() > 0) {
            svg.append("    <path class=\"limit\" d=\"").append(path).append("\" stroke=\"").append(COMMON_CAUSE)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"/>\n");
        }
    }

    /** The lowest and highest of every value, limit, centre and target drawn. */
    private double[] valueRange(List<ChartPoint> points) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (ChartPoint point : points) {
            for (OptionalDouble v : new OptionalDouble[] {point.value(), point.centre()}) {
                if (v.isPresent()) {
                    low = Math.min(low, v.getAsDouble());
                    high = Math.max(high, v.getAsDouble());
                }
            }
            if (point.limits().isPresent()) {
                low = Math.min(low, point.limits().get().lower());
                high = Math.max(high, point.limits().get().upper());
            }
        }
        OptionalDouble target = analysis.spec().target();
        if (target.isPresent()) {
            low = Math.min(low, target.getAsDouble());
            high = Math.max(high, target.getAsDouble());
        }
        if (!(high > low)) {
            double pad = Double.isFinite(low) && low != 0 ? Math.abs(low) * 0.1 : 1;
            low = Double.isFinite(low) ? low - pad : 0;
            high = Double.isFinite(high) ? high + pad : 1;
        }
        return new double[] {low, high};
    }

    /** About five round tick values covering [low, high]. */
    static double[] niceTicks(double low, double high) {
        double span = high - low;
        double rough = span / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double residual = rough / magnitude;
        double tick = (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
        double first = Math.floor(low / tick) * tick;
        double last = Math.ceil(high / tick) * tick;
        int count = (int) Math.round((last - first) / tick) + 1;
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = first + i * tick;
        }
        return ticks;
    }

    /** A number for people: up to 4 significant digits, no exponent. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String f(double coordinate) {
        return BigDecimal.valueOf(Math.round(coordinate * 10) / 10.0).stripTrailingZeros().toPlainString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String requireText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("the " + what + " must not be blank");
        }
        return text;
    }

}
