package uk.nhs.coproduction.app.spc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartPoint;
import uk.nhs.coproduction.alwaysevents.measurement.PartSummary;

/** The human-readable report of {@code spc --format text}: a summary, then one row per period. */
final class TextReport {

    private TextReport() {
    }

    static String of(ChartAnalysis analysis) {
        StringBuilder text = new StringBuilder();
        text.append(analysis.chartType().title()).append(", ").append(analysis.ruleSet().title()).append(", ")
                .append(analysis.size()).append(" points\n");
        for (PartSummary part : analysis.parts()) {
            text.append("Part ").append(part.part()).append(" (points ").append(part.firstPoint()).append('-')
                    .append(part.lastPoint()).append("): centre ").append(number(part.centre()));
            part.averageLimits().ifPresent(l -> text.append(", limits ").append(number(OptionalDouble.of(l.lower())))
                    .append(" to ").append(number(OptionalDouble.of(l.upper()))).append(analysis.chartType().needsCounts() ? " (average)" : ""));
            if (part.longestRun().isPresent()) {
                text.append("; useful ").append(part.usefulObservations()).append(", longest run ")
                        .append(part.longestRun().getAsInt()).append(" (max ").append(integer(part.longestRunMax()))
                        .append("), crossings ").append(part.crossings().getAsInt()).append(" (min ")
                        .append(integer(part.crossingsMin()))
                        .append(part.crossingsMax().isPresent() ? ", max " + part.crossingsMax().getAsInt() : "").append(')');
            }
            text.append("; ").append(part.runsSignal() ? "runs signal" : "no runs signal");
            if (analysis.chartType().hasLimits()) {
                text.append(", ").append(part.sigmaSignals()).append(" beyond the limits");
            }
            text.append('\n');
        }
        analysis.variationIcon().ifPresent(icon -> text.append("Variation: ").append(icon.code()).append(" (")
                .append(icon.description()).append(")\n"));
        analysis.assuranceIcon().ifPresent(icon -> text.append("Assurance: ").append(icon.code()).append(" (")
                .append(icon.description()).append(")\n"));
        for (String note : analysis.notes()) {
            text.append("Note: ").append(note).append('\n');
        }
        text.append('\n');
        String format = "%-5s %-14s %12s %12s %12s %12s  %s%n";
        text.append(String.format(format, "point", "period", "value", "centre", "lower", "upper", "signal"));
        for (ChartPoint point : analysis.points()) {
            String signal = point.isGap() ? "no data" : point.specialCause().map(c -> c.label() + " ("
                    + point.pointType().orElseThrow().code() + ")").orElse(
                            point.sigmaSignal() ? "beyond the limits" : point.runsSignal() ? "runs signal" : "");
            text.append(String.format(format, point.number(), point.period(), number(point.value()),
                    number(point.centre()),
                    point.limits().map(l -> number(OptionalDouble.of(l.lower()))).orElse(""),
                    point.limits().map(l -> number(OptionalDouble.of(l.upper()))).orElse(""),
                    (point.included() ? "" : "excluded; ") + signal).stripTrailing()).append('\n');
        }
        return text.toString().replace("\n\n\n", "\n\n");
    }

    private static String number(OptionalDouble value) {
        if (value.isEmpty()) {
            return "";
        }
        double v = value.getAsDouble();
        return v == 0 ? "0" : new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static String integer(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "-";
    }
}
