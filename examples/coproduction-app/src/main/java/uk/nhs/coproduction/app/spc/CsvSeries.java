package uk.nhs.coproduction.app.spc;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.measurement.Outcome;
import uk.nhs.coproduction.alwaysevents.measurement.Problem;
import uk.nhs.coproduction.alwaysevents.measurement.Series;

/**
 * Reads a series from CSV with a header, {@code period,value} or
 * {@code period,numerator,denominator}; an empty cell is a missing value. Every error names its
 * line. Blank lines are skipped.
 *
 * <p>For the X&#772; and S charts the series is one of subgroups, read in one of two shapes: the
 * header {@code period,value} with one row per measured value, consecutive rows of the same period
 * forming that period's subgroup; or the header {@code period,size,mean,sd}, one row per period
 * giving the subgroup's summary, as other SPC tools export it.
 */
public final class CsvSeries {

    /**
     * A series read from a file, with the file line of each point (for messages).
     *
     * @param series the series
     * @param lines the line of each point, in order
     */
    public record Read(Series series, List<Integer> lines) {
        /** The file line of a 1-based point number. */
        public int lineOf(int point) {
            return lines.get(point - 1);
        }
    }

    /** What reading produced: a series, or the errors, each naming its line. */
    public sealed interface Result permits Parsed, Malformed {
    }

    /**
     * The series was read.
     *
     * @param read the series and the line of each point
     */
    public record Parsed(Read read) implements Result {
    }

    /**
     * The file was refused.
     *
     * @param errors every error, with its line where it has one
     */
    public record Malformed(List<LineError> errors) implements Result {
    }

    /**
     * One thing wrong with the file.
     *
     * @param line the line, from 1, or null when the problem is not on one line (broken quoting)
     * @param message what is wrong
     */
    public record LineError(@Nullable Integer line, String message) {

        /** Reads like "line 3: the value 'two' is not a number". */
        public String describe() {
            return line == null ? message : "line " + line + ": " + message;
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /** A plain decimal number, optionally with an exponent (no NaN, Infinity, hex or type suffixes). */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvSeries() {
    }

    /** Reads a whole CSV text: the series, or every error with its line. */
    public static Result read(Reader reader) throws IOException {
        return read(reader, false);
    }

    /**
     * Reads a whole CSV text as a series of subgroups when {@code subgroups} is true (for the
     * X&#772; and S charts), otherwise as {@link #read(Reader)} does.
     */
    public static Result read(Reader reader, boolean subgroups) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        List<LineError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<CSVRecord> records = new ArrayList<>();
            List<Integer> recordLines = new ArrayList<>();
            long line = 1;
            for (CSVRecord record : parser) {
                records.add(record);
                recordLines.add((int) line);
                line = parser.getCurrentLineNumber() + 1;
            }
            int first = 0;
            while (first < records.size() && blank(records.get(first))) {
                first++;
            }
            if (first == records.size()) {
                return new Malformed(List.of(new LineError(1, "the file is empty; it needs a header, period,value or "
                        + "period,numerator,denominator")));
            }
            List<String> header = new ArrayList<>();
            for (String cell : records.get(first)) {
                header.add(cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
            }
            if (subgroups) {
                return subgroups(header, records, recordLines, first);
            }
            boolean counts;
            if (header.equals(List.of("period", "value"))) {
                counts = false;
            } else if (header.equals(List.of("period", "numerator", "denominator"))) {
                counts = true;
            } else {
                return new Malformed(List.of(new LineError(recordLines.get(first), "the header must be "
                        + "period,value or period,numerator,denominator, not " + String.join(",", header))));
            }
            Series.Builder builder = counts ? Series.counts() : Series.values();
            List<Integer> pointLines = new ArrayList<>();
            for (int r = first + 1; r < records.size(); r++) {
                CSVRecord record = records.get(r);
                int at = recordLines.get(r);
                String period = period(record, header, at, errors);
                if (period == null) {
                    continue;
                }
                if (!counts) {
                    String value = record.get(1);
                    if (value.isEmpty()) {
                        builder.addMissing(period);
                    } else {
                        Double number = number(value, "value", at, errors);
                        if (number == null) {
                            continue;
                        }
                        builder.add(period, number);
                    }
                } else {
                    String numerator = record.get(1);
                    String denominator = record.get(2);
                    if (numerator.isEmpty() || denominator.isEmpty()) {
                        builder.addMissing(period);
                    } else {
                        Double num = number(numerator, "numerator", at, errors);
                        Double den = number(denominator, "denominator", at, errors);
                        if (num == null || den == null) {
                            continue;
                        }
                        builder.add(period, num, den);
                    }
                }
                pointLines.add(at);
            }
            if (pointLines.isEmpty() && errors.isEmpty()) {
                errors.add(new LineError(recordLines.get(first) + 1, "the file has a header but no data rows"));
            }
            if (!errors.isEmpty()) {
                return new Malformed(errors);
            }
            return built(builder, pointLines);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken quote as an exception naming its position.
            return new Malformed(List.of(new LineError(null, "the file is not valid CSV: " + e.getMessage())));
        }
    }

    private static final List<String> VALUES = List.of("period", "value");
    private static final List<String> SUMMARIES = List.of("period", "size", "mean", "sd");

    /** Reads subgroups: rows of single values grouped by period, or one summary row per period. */
    private static Result subgroups(List<String> header, List<CSVRecord> records, List<Integer> recordLines, int first) {
        boolean summaries;
        if (header.equals(VALUES)) {
            summaries = false;
        } else if (header.equals(SUMMARIES)) {
            summaries = true;
        } else {
            return new Malformed(List.of(new LineError(recordLines.get(first), "the X̄ and S charts need subgroups: "
                    + "the header must be period,value (one row per value, the rows of a period together) or "
                    + "period,size,mean,sd, not " + String.join(",", header))));
        }
        List<LineError> errors = new ArrayList<>();
        Series.Builder builder = Series.subgroups();
        List<Integer> pointLines = new ArrayList<>();
        java.util.Set<String> closed = new java.util.HashSet<>();
        String open = null;
        List<Double> values = new ArrayList<>();
        for (int r = first + 1; r < records.size(); r++) {
            CSVRecord record = records.get(r);
            int at = recordLines.get(r);
            String period = period(record, header, at, errors);
            if (period == null) {
                continue;
            }
            if (summaries) {
                if (!closed.add(period)) {
                    errors.add(new LineError(at, "the period '" + period + "' has a row already; give one row per "
                            + "period"));
                    continue;
                }
                if (record.get(1).isEmpty() && record.get(2).isEmpty() && record.get(3).isEmpty()) {
                    builder.addMissing(period);
                    pointLines.add(at);
                    continue;
                }
                Double size = number(record.get(1), "size", at, errors);
                Double mean = number(record.get(2), "mean", at, errors);
                Double sd = number(record.get(3), "sd", at, errors);
                if (size == null || mean == null || sd == null) {
                    continue;
                }
                if (size != Math.rint(size) || size < 1 || size > Integer.MAX_VALUE) {
                    errors.add(new LineError(at, "the size '" + record.get(1) + "' is not a whole number of at least 1"));
                    continue;
                }
                builder.addSubgroupSummary(period, size.intValue(), mean, sd);
                pointLines.add(at);
                continue;
            }
            if (!period.equals(open)) {
                if (closed.contains(period)) {
                    errors.add(new LineError(at, "the rows of period '" + period + "' must be together; it "
                            + "appeared before another period"));
                    continue;
                }
                if (open != null) {
                    addSubgroup(builder, open, values);
                }
                open = period;
                closed.add(period);
                values.clear();
                pointLines.add(at);
            }
            String value = record.get(1);
            if (value.isEmpty()) {
                continue;
            }
            Double number = number(value, "value", at, errors);
            if (number != null) {
                values.add(number);
            }
        }
        if (open != null) {
            addSubgroup(builder, open, values);
        }
        if (pointLines.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(recordLines.get(first) + 1, "the file has a header but no data rows"));
        }
        if (!errors.isEmpty()) {
            return new Malformed(errors);
        }
        return built(builder, pointLines);
    }

    /** A period whose rows had no values is a gap. */
    private static void addSubgroup(Series.Builder builder, String period, List<Double> values) {
        if (values.isEmpty()) {
            builder.addMissing(period);
        } else {
            builder.addSubgroup(period, values.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    private static Result built(Series.Builder builder, List<Integer> pointLines) {
        Outcome<Series> series = builder.build();
        if (series instanceof Outcome.Refused<Series> refused) {
            List<LineError> messages = new ArrayList<>();
            for (Problem problem : refused.problems()) {
                messages.add(new LineError(problem.isAboutPoint() ? pointLines.get(problem.point() - 1) : null,
                        problem.message()));
            }
            return new Malformed(messages);
        }
        return new Parsed(new Read(series.orElseThrow(), List.copyOf(pointLines)));
    }

    /**
     * The period of a data row, or null for a row to pass over: a blank one, or one whose error
     * (the wrong number of fields, an empty period) is added to {@code errors}.
     */
    private static @Nullable String period(CSVRecord record, List<String> header, int at, List<LineError> errors) {
        if (blank(record)) {
            return null;
        }
        if (record.size() != header.size()) {
            errors.add(new LineError(at, "expected " + header.size() + " fields (" + String.join(",", header)
                    + "), found " + record.size()));
            return null;
        }
        String period = record.get(0);
        if (period.isEmpty()) {
            errors.add(new LineError(at, "the period is empty"));
            return null;
        }
        return period;
    }

    private static boolean blank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private static @Nullable Double number(String text, String what, int line, List<LineError> errors) {
        if (DECIMAL.matcher(text).matches()) {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        }
        errors.add(new LineError(line, "the " + what + " '" + text + "' is not a number"));
        return null;
    }
}
