package uk.nhs.coproduction.alwaysevents.portfolio;

import java.util.List;

/** Writes portfolio rows as CSV: RFC 4180 quoting, and cells made safe from formula injection. */
final class PortfolioCsv {

    static final List<String> HEADER = List.of("project_id", "title", "area_of_focus", "phase", "phase_name", "status",
            "progress_score", "ladder_rung", "measure", "measure_role", "period", "latest_value", "unit",
            "variation_icon", "assurance_icon", "note");

    private PortfolioCsv() {
    }

    static String write(List<PortfolioRow> rows) {
        StringBuilder csv = new StringBuilder(128 * (rows.size() + 1));
        line(csv, HEADER);
        for (PortfolioRow row : rows) {
            for (PortfolioMeasure measure : row.measures()) {
                String period = "";
                String value = "";
                String unit = "";
                String variation = "";
                String assurance = "";
                String note = "";
                if (measure.reading() instanceof MeasureReading.Latest latest) {
                    period = latest.period();
                    value = String.format(java.util.Locale.ROOT, "%.1f", latest.value());
                    unit = latest.unit();
                    variation = latest.variationIcon().map(v -> v.code()).orElse("");
                    assurance = latest.assuranceIcon().map(a -> a.code()).orElse("");
                } else if (measure.reading() instanceof MeasureReading.NotYetCharted not) {
                    note = not.reason();
                }
                line(csv, List.of(row.id().value(), row.title(), row.area(), row.phase().code(), row.phaseName(),
                        row.status().name().toLowerCase(java.util.Locale.ROOT),
                        row.progress().map(Object::toString).orElse(""),
                        row.rung().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).orElse(""), measure.name(),
                        measure.role().name().toLowerCase(java.util.Locale.ROOT), period, value, unit, variation,
                        assurance, note));
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** A cell, defused against formula injection and then quoted when RFC 4180 requires it. */
    static String cell(String text) {
        String safe = text;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
