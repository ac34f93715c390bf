package uk.nhs.coproduction.alwaysevents.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads and writes Staff Survey results as CSV (RFC 4180), liberal in the headings it accepts. */
final class SurveyCsv {

    /** The columns a file may have, with the headings each may be given (after {@link #normalise}). */
    enum Column {
        YEAR("year", Set.of("year", "survey year", "year of survey", "yr")),
        ORGANISATION("organisation_code", Set.of("organisation code", "organization code", "org code", "organisation",
                "organization", "org", "trust code", "ods code", "code", "provider code", "organisation id",
                "organization id", "org id")),
        PERCENT("percent_agreeing", Set.of("percent agreeing", "percentage agreeing", "% agreeing", "agreeing %",
                "pct agreeing", "percent agree", "percentage agree", "% agree", "agree %", "percent", "percentage",
                "%", "pct", "score", "percent positive", "percentage positive", "% positive", "value")),
        AGREEING("count_agreeing", Set.of("count agreeing", "number agreeing", "agreeing", "agree", "count agree",
                "number agree", "n agreeing", "agreed", "number agreed", "count")),
        RESPONDING("number_responding", Set.of("number responding", "responding", "responses", "respondents",
                "number of responses", "number of respondents", "response count", "base", "n", "total responding",
                "total", "answered", "number answering"));

        final String canonical;
        final Set<String> headings;

        Column(String canonical, Set<String> headings) {
            this.canonical = canonical;
            this.headings = headings;
        }
    }

    private static final double CONSISTENCY = 0.5;

    private SurveyCsv() {
    }

    static String normalise(String heading) {
        String text = heading.replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        text = text.replaceAll("[^a-z0-9%]+", " ").strip();
        return text;
    }

    static @Nullable Column column(String heading) {
        String key = normalise(heading);
        for (Column column : Column.values()) {
            if (column.headings.contains(key) || normalise(column.canonical).equals(key)) {
                return column;
            }
        }
        return null;
    }

    static SurveyImport<StaffSurveyResults> parse(String text) {
        List<SurveyProblem> problems = new ArrayList<>();
        List<Row> rows = rows(text, problems);
        if (!problems.isEmpty()) {
            return SurveyImport.refused(problems);
        }
        if (rows.isEmpty()) {
            return SurveyImport.refused(List.of(new SurveyProblem(1, null, "the file is empty: give a header row "
                    + "(year, organisation code, percentage agreeing or count agreeing, number responding) and one row "
                    + "per year")));
        }
        Row header = rows.get(0);
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        for (int i = 0; i < header.cells.size(); i++) {
            String heading = header.cells.get(i);
            Column column = column(heading);
            if (column == null) {
                continue;
            }
            if (at.containsKey(column)) {
                problems.add(new SurveyProblem(header.number, heading.strip(), "is a second column for "
                        + column.canonical + " (the first is " + header.cells.get(at.get(column)).strip()
                        + "): keep one"));
            } else {
                at.put(column, i);
            }
        }
        for (Column required : List.of(Column.YEAR, Column.ORGANISATION)) {
            if (!at.containsKey(required)) {
                problems.add(new SurveyProblem(header.number, null, "no " + required.canonical + " column: the header "
                        + "needs one (such as " + (required == Column.YEAR ? "year" : "organisation code") + ")"));
            }
        }
        if (!at.containsKey(Column.PERCENT) && !at.containsKey(Column.AGREEING)) {
            problems.add(new SurveyProblem(header.number, null, "no percent_agreeing or count_agreeing column: the "
                    + "header needs one (such as percentage agreeing, or count agreeing with number responding)"));
        }
        if (at.containsKey(Column.AGREEING) && !at.containsKey(Column.RESPONDING)) {
            problems.add(new SurveyProblem(header.number, header.cells.get(at.get(Column.AGREEING)).strip(),
                    "a count of staff agreeing needs a number_responding column too"));
        }
        if (!problems.isEmpty()) {
            return SurveyImport.refused(problems);
        }
        List<StaffSurveyResult> results = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.cells.size() != header.cells.size()) {
                problems.add(new SurveyProblem(row.number, null, "has " + row.cells.size() + " cells but the header has "
                        + header.cells.size()));
                continue;
            }
            StaffSurveyResult result = result(row, header, at, problems);
            if (result == null) {
                continue;
            }
            String key = result.year() + "/" + result.organisationCode();
            Integer earlier = seen.putIfAbsent(key, row.number);
            if (earlier != null) {
                problems.add(new SurveyProblem(row.number, heading(header, at, Column.YEAR), "a second result for "
                        + result.year() + " and this organisation (the first is on row " + earlier + "): keep one"));
                continue;
            }
            results.add(result);
        }
        if (problems.isEmpty() && results.isEmpty()) {
            problems.add(new SurveyProblem(2, null, "the file has a header but no results: add one row per year"));
        }
        return problems.isEmpty() ? SurveyImport.accepted(StaffSurveyResults.of(results)) : SurveyImport.refused(problems);
    }

    private static String heading(Row header, Map<Column, Integer> at, Column column) {
        return header.cells.get(at.get(column)).strip();
    }

    private static @Nullable StaffSurveyResult result(Row row, Row header, Map<Column, Integer> at,
            List<SurveyProblem> problems) {
        int before = problems.size();
        String yearText = cell(row, at, Column.YEAR);
        Integer year = whole(yearText);
        if (year == null || year < StaffSurveyResult.FIRST_YEAR || year > StaffSurveyResult.LAST_YEAR) {
            problems.add(new SurveyProblem(row.number, heading(header, at, Column.YEAR), yearText.isEmpty()
                    ? "is empty: give the survey year, such as 2024"
                    : "must be a year from " + StaffSurveyResult.FIRST_YEAR + " to " + StaffSurveyResult.LAST_YEAR
                            + ", such as 2024"));
        }
        String code = cell(row, at, Column.ORGANISATION);
        if (!StaffSurveyResult.CODE.matcher(code).matches()) {
            problems.add(new SurveyProblem(row.number, heading(header, at, Column.ORGANISATION), code.isEmpty()
                    ? "is empty: give the organisation's code, such as RV9"
                    : "must be the organisation's code: 1 to 12 letters and digits, such as RV9"));
        }
        Double percent = null;
        if (at.containsKey(Column.PERCENT)) {
            String text = cell(row, at, Column.PERCENT);
            percent = decimal(text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text);
            if (percent == null || percent < 0 || percent > 100) {
                if (!(text.isEmpty() && at.containsKey(Column.AGREEING))) {
                    problems.add(new SurveyProblem(row.number, heading(header, at, Column.PERCENT), text.isEmpty()
                            ? "is empty: give the percentage of staff agreeing, from 0 to 100"
                            : "must be a percentage from 0 to 100, such as 62.4"));
                }
                percent = null;
            }
        }
        Integer agreeing = null;
        Integer responding = null;
        if (at.containsKey(Column.RESPONDING)) {
            String text = cell(row, at, Column.RESPONDING);
            responding = whole(text);
            if (responding == null || responding < 1) {
                boolean optional = text.isEmpty() && percent != null
                        && (!at.containsKey(Column.AGREEING) || cell(row, at, Column.AGREEING).isEmpty());
                if (!optional) {
                    problems.add(new SurveyProblem(row.number, heading(header, at, Column.RESPONDING), text.isEmpty()
                            ? "is empty: give how many staff answered the question"
                            : "must be a whole number of staff, at least 1"));
                }
                responding = null;
            }
        }
        if (at.containsKey(Column.AGREEING)) {
            String text = cell(row, at, Column.AGREEING);
            agreeing = whole(text);
            if (agreeing == null || agreeing < 0) {
                if (!(text.isEmpty() && percent != null)) {
                    problems.add(new SurveyProblem(row.number, heading(header, at, Column.AGREEING), text.isEmpty()
                            ? "is empty: give how many staff agreed"
                            : "must be a whole number of staff, 0 or more"));
                }
                agreeing = null;
            } else if (responding != null && agreeing > responding) {
                problems.add(new SurveyProblem(row.number, heading(header, at, Column.AGREEING), "is more than the "
                        + "number responding (" + heading(header, at, Column.RESPONDING) + ")"));
            } else if (responding == null) {
                agreeing = null;
            }
        }
        if (problems.size() > before || year == null) {
            return null;
        }
        if (agreeing != null && responding != null) {
            double fromCounts = 100.0 * agreeing / responding;
            if (percent != null && Math.abs(percent - fromCounts) > CONSISTENCY) {
                problems.add(new SurveyProblem(row.number, heading(header, at, Column.PERCENT), "does not match the "
                        + "counts: " + number(fromCounts) + "% of staff responding agreed"));
                return null;
            }
            return new StaffSurveyResult(year, code, percent != null ? percent : fromCounts, agreeing, responding);
        }
        if (percent == null) {
            problems.add(new SurveyProblem(row.number, at.containsKey(Column.PERCENT) ? heading(header, at, Column.PERCENT)
                    : heading(header, at, Column.AGREEING), "no percentage agreeing and no counts: give one"));
            return null;
        }
        return new StaffSurveyResult(year, code, percent, null, responding);
    }

    private static String cell(Row row, Map<Column, Integer> at, Column column) {
        return row.cells.get(at.get(column)).strip();
    }

    private static @Nullable Integer whole(String text) {
        String digits = text.replace(",", "").replace("_", "");
        if (!digits.matches("[0-9]{1,9}")) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static @Nullable Double decimal(String text) {
        if (!text.matches("[0-9]{1,3}([.][0-9]{1,20})?|[.][0-9]{1,20}")) {
            return null;
        }
        return Double.valueOf(text);
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String write(List<StaffSurveyResult> results) {
        StringBuilder out = new StringBuilder();
        out.append(Column.YEAR.canonical).append(',').append(Column.ORGANISATION.canonical).append(',')
                .append(Column.PERCENT.canonical).append(',').append(Column.AGREEING.canonical).append(',')
                .append(Column.RESPONDING.canonical).append("\r\n");
        for (StaffSurveyResult result : results) {
            out.append(result.year()).append(',').append(result.organisationCode()).append(',')
                    .append(number(result.percentAgreeing())).append(',')
                    .append(result.agreeing() == null ? "" : result.agreeing().toString()).append(',')
                    .append(result.responding() == null ? "" : result.responding().toString()).append("\r\n");
        }
        return out.toString();
    }

    /** A row of cells and its number in the file (from 1). */
    record Row(int number, List<String> cells) {
    }

    /** Splits the text into rows of cells (RFC 4180 quoting; CRLF, LF or CR line ends; blank lines skipped). */
    static List<Row> rows(String text, List<SurveyProblem> problems) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int rowStart = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(rows, cells, cell, any, rowStart);
                any = false;
                line++;
                rowStart = line;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (quoted) {
            problems.add(new SurveyProblem(rowStart, null, "a quoted cell is not closed: add the closing quote"));
            return List.of();
        }
        end(rows, cells, cell, any, rowStart);
        return rows;
    }

    private static void end(List<Row> rows, List<String> cells, StringBuilder cell, boolean any, int number) {
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            boolean blank = cells.stream().allMatch(String::isBlank);
            if (!blank) {
                rows.add(new Row(number, List.copyOf(cells)));
            }
        }
        cells.clear();
        cell.setLength(0);
    }
}
