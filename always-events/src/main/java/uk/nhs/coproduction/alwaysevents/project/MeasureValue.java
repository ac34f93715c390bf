package uk.nhs.coproduction.alwaysevents.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.coproduction.alwaysevents.measurement.Series;

/**
 * One period's value of a process or balancing measure ({@link MeasureDefinition}), in the kind of
 * data the measure's chart reads: a single {@link Value} (a count of events, days between events,
 * a time), {@link Counts} (a numerator and a denominator) or a {@link Subgroup} of several values.
 *
 * <p>Each kind is written as one line of text, the form the web forms, the API and the command
 * line take ({@link #text()}, {@link #parse(String, Series.Kind, String)}): {@code 42.5} for a
 * value, {@code 21/24} for counts, {@code 3.5, 4, 2.25} for a subgroup.
 *
 * @since 0.1.0
 * @provisional
 */
public sealed interface MeasureValue {

    /** The most values a subgroup may hold. */
    int MAX_SUBGROUP_SIZE = 1000;

    /** {@return the period's label, such as {@code 2024-03}} */
    String period();

    /** {@return the kind of data: a value, counts or a subgroup} */
    Series.Kind kind();

    /** {@return the value as one line of text, the form {@link #parse} reads} */
    String text();

    /**
     * {@return how a value of {@code kind} is written, in words, for hints and refusals}
     *
     * @param kind the kind of data
     */
    static String howToWrite(Series.Kind kind) {
        return switch (kind) {
            case VALUES -> "one number, such as 42 or 3.5";
            case COUNTS -> "a numerator and a denominator, such as 21/24";
            case SUBGROUPS -> "several numbers separated by commas, such as 3.5, 4, 2.25";
        };
    }

    /**
     * {@return the value of {@code kind} that {@code text} writes, or empty when it is not written
     * as {@link #howToWrite(Series.Kind)} says}
     *
     * @param period the period's label
     * @param kind the kind of data the measure holds
     * @param text the value as one line of text
     */
    static Optional<MeasureValue> parse(String period, Series.Kind kind, String text) {
        String t = text.strip();
        try {
            return switch (kind) {
                case VALUES -> number(t).map(v -> (MeasureValue) new Value(period, v));
                case COUNTS -> {
                    int slash = t.indexOf('/');
                    if (slash < 0) {
                        yield Optional.empty();
                    }
                    Integer numerator = whole(t.substring(0, slash));
                    Integer denominator = whole(t.substring(slash + 1));
                    yield numerator == null || denominator == null ? Optional.empty()
                            : Optional.of(new Counts(period, numerator, denominator));
                }
                case SUBGROUPS -> {
                    List<Double> values = new ArrayList<>();
                    for (String part : t.split(",", -1)) {
                        Optional<Double> value = number(part.strip());
                        if (value.isEmpty()) {
                            yield Optional.empty();
                        }
                        values.add(value.get());
                    }
                    yield Optional.of(new Subgroup(period, values));
                }
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(String text) {
        if (!text.matches("-?[0-9]{1,12}(\\.[0-9]{1,9})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text).doubleValue());
    }

    private static Integer whole(String text) {
        String digits = text.strip();
        return digits.matches("[0-9]{1,9}") ? Integer.valueOf(digits) : null;
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void checkPeriod(String period) {
        Objects.requireNonNull(period, "period");
        if (period.isBlank() || period.length() > Measurement.MAX_PERIOD_LENGTH) {
            throw new IllegalArgumentException("a period label is 1 to " + Measurement.MAX_PERIOD_LENGTH + " characters");
        }
    }

    /**
     * One number for the period.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param period the period's label, 1 to 32 characters
     * @param value the value, a finite number
     * @since 0.1.0
     */
    record Value(String period, double value) implements MeasureValue {

        /**
         * Checks the components.
         *
         * @param period the period's label, 1 to 32 characters
         * @param value the value, a finite number
         */
        public Value {
            checkPeriod(period);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a measure's value must be a finite number");
            }
        }

        @Override
        public Series.Kind kind() {
            return Series.Kind.VALUES;
        }

        @Override
        public String text() {
            return format(value);
        }
    }

    /**
     * A numerator and a denominator for the period, both 0 or more.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param period the period's label, 1 to 32 characters
     * @param numerator how many times it happened (events, people), from 0
     * @param denominator out of how many (or the exposure of a rate), from 0
     * @since 0.1.0
     */
    record Counts(String period, int numerator, int denominator) implements MeasureValue {

        /**
         * Checks the components.
         *
         * @param period the period's label, 1 to 32 characters
         * @param numerator how many times it happened, from 0
         * @param denominator out of how many, from 0
         */
        public Counts {
            checkPeriod(period);
            if (numerator < 0 || denominator < 0) {
                throw new IllegalArgumentException("a count cannot be negative");
            }
        }

        @Override
        public Series.Kind kind() {
            return Series.Kind.COUNTS;
        }

        @Override
        public String text() {
            return numerator + "/" + denominator;
        }
    }

    /**
     * Several values for the period: a subgroup, for X&#772; and S charts.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param period the period's label, 1 to 32 characters
     * @param values the values, 1 to {@value #MAX_SUBGROUP_SIZE}, each finite
     * @since 0.1.0
     */
    record Subgroup(String period, List<Double> values) implements MeasureValue {

        /**
         * Checks and copies the components.
         *
         * @param period the period's label, 1 to 32 characters
         * @param values the values, 1 to {@value #MAX_SUBGROUP_SIZE}, each finite
         */
        public Subgroup {
            checkPeriod(period);
            values = List.copyOf(values);
            if (values.isEmpty() || values.size() > MAX_SUBGROUP_SIZE) {
                throw new IllegalArgumentException("a subgroup holds 1 to " + MAX_SUBGROUP_SIZE + " values");
            }
            for (Double value : values) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("a measure's value must be a finite number");
                }
            }
        }

        @Override
        public Series.Kind kind() {
            return Series.Kind.SUBGROUPS;
        }

        @Override
        public String text() {
            List<String> parts = new ArrayList<>(values.size());
            values.forEach(v -> parts.add(format(v)));
            return String.join(", ", parts);
        }
    }
}
