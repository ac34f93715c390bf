package uk.nhs.coproduction.app.spc;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.alwaysevents.measurement.AssuranceIcon;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartPoint;
import uk.nhs.coproduction.alwaysevents.measurement.ControlLimits;
import uk.nhs.coproduction.alwaysevents.measurement.PartSummary;
import uk.nhs.coproduction.alwaysevents.measurement.PointType;
import uk.nhs.coproduction.alwaysevents.measurement.VariationIcon;

/**
 * The JSON contract of {@code spc --format json} (documented in the README): one object with the
 * chart, the rule set, every point, every part and the icons. A number that is missing or not
 * finite is {@code null}; a field that does not apply to the chart or the rule set is {@code null}.
 */
public final class JsonReport {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonReport() {
    }

    /** The analysis as the JSON contract, pretty-printed. */
    public static String of(ChartAnalysis analysis) {
        boolean limits = analysis.chartType().hasLimits();
        boolean classified = analysis.variationIcon().isPresent();
        boolean runs = !analysis.ruleSet().code().equals("mdc");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("chart", analysis.chartType().code());
        root.put("rules", analysis.ruleSet().code());
        ArrayNode points = root.putArray("points");
        for (ChartPoint point : analysis.points()) {
            ObjectNode node = points.addObject();
            node.put("period", point.period());
            number(node, "value", point.value());
            number(node, "centre", point.centre());
            ControlLimits l = point.limits().orElse(null);
            number(node, "lower", l == null ? OptionalDouble.empty() : OptionalDouble.of(l.lower()));
            number(node, "upper", l == null ? OptionalDouble.empty() : OptionalDouble.of(l.upper()));
            number(node, "lower2Sigma", l == null ? OptionalDouble.empty() : OptionalDouble.of(l.lower2Sigma()));
            number(node, "upper2Sigma", l == null ? OptionalDouble.empty() : OptionalDouble.of(l.upper2Sigma()));
            node.put("part", point.part());
            node.put("baseline", point.baseline());
            node.put("included", point.included());
            if (limits) {
                node.put("sigmaSignal", point.sigmaSignal());
            } else {
                node.putNull("sigmaSignal");
            }
            node.put("runsSignal", point.runsSignal());
            if (classified && !point.isGap()) {
                node.put("specialCause", point.specialCauseLabel().orElseThrow());
                node.put("pointType", point.pointType().map(PointType::code).orElseThrow());
            } else {
                node.putNull("specialCause");
                node.putNull("pointType");
            }
        }
        ArrayNode parts = root.putArray("parts");
        for (PartSummary part : analysis.parts()) {
            ObjectNode node = parts.addObject();
            node.put("part", part.part());
            node.put("observations", part.observations());
            if (runs) {
                node.put("usefulObservations", part.usefulObservations());
            } else {
                node.putNull("usefulObservations");
            }
            integer(node, "longestRun", part.longestRun());
            integer(node, "longestRunMax", part.longestRunMax());
            integer(node, "crossings", part.crossings());
            integer(node, "crossingsMin", part.crossingsMin());
            integer(node, "crossingsMax", part.crossingsMax());
            node.put("runsSignal", part.runsSignal());
            if (limits) {
                node.put("sigmaSignals", part.sigmaSignals());
            } else {
                node.putNull("sigmaSignals");
            }
        }
        root.put("variationIcon", analysis.variationIcon().map(VariationIcon::code).orElse(null));
        root.put("assuranceIcon", analysis.assuranceIcon().map(AssuranceIcon::code).orElse(null));
        ArrayNode notes = root.putArray("notes");
        analysis.notes().forEach(notes::add);
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
    }

    private static void number(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
            node.put(field, value.getAsDouble());
        } else {
            node.putNull(field);
        }
    }

    private static void integer(ObjectNode node, String field, OptionalInt value) {
        if (value.isPresent()) {
            node.put(field, value.getAsInt());
        } else {
            node.putNull(field);
        }
    }
}
