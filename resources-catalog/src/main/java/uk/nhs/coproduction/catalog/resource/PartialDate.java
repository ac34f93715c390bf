package uk.nhs.coproduction.catalog.resource;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;

/**
 * A publication date as precise as the source says and no more: a year ({@code 2018}), a month
 * ({@code 2016-12}) or a day ({@code 2021-10-20}). ISO 8601 calls these reduced-precision dates,
 * and schema.org and DCAT accept them, so a source that says "December 2016" is never given an
 * invented day.
 *
 * <p>Dates order by their first day, then by precision (a year sorts before a day in it).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the first day the date covers, never null
 * @param precision how much of {@code start} the source gave, never null
 * @since 0.1.0
 */
public record PartialDate(LocalDate start, Precision precision) implements Comparable<PartialDate> {

    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::start).thenComparing(PartialDate::precision);

    /**
     * How much of a date is known.
     *
     * @since 0.1.0
     */
    public enum Precision {
        /** Only the year. */
        YEAR,
        /** The year and month. */
        MONTH,
        /** The full date. */
        DAY
    }

    /**
     * Checks that {@code start} is the first day of its year or month when the precision says so.
     *
     * @param start the first day the date covers, never null
     * @param precision how much of {@code start} the source gave, never null
     * @throws IllegalArgumentException if {@code start} carries more precision than declared
     */
    public PartialDate {
        if (precision == Precision.YEAR && start.getDayOfYear() != 1
                || precision == Precision.MONTH && start.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a " + precision.name().toLowerCase(java.util.Locale.ROOT)
                    + " date starts on the first day of its period, was " + start);
        }
    }

    /**
     * {@return a year only}
     *
     * @param year the year
     */
    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /**
     * {@return a month of a year}
     *
     * @param year the year
     * @param month the month, 1 to 12
     */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(YearMonth.of(year, month).atDay(1), Precision.MONTH);
    }

    /**
     * {@return a full date}
     *
     * @param date the day
     */
    public static PartialDate ofDay(LocalDate date) {
        return new PartialDate(date, Precision.DAY);
    }

    /**
     * Reads {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}.
     *
     * @param text the text to read
     * @return the date, as precise as the text
     * @throws IllegalArgumentException naming the expected forms
     */
    public static PartialDate parse(String text) {
        try {
            if (text.matches("\\d{4}")) {
                return ofYear(Integer.parseInt(text));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return ofMonth(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5)));
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return ofDay(LocalDate.parse(text));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a real date: '" + text + "'", e);
        }
        throw new IllegalArgumentException("a date is yyyy, yyyy-mm or yyyy-mm-dd, was '" + text + "'");
    }

    /** {@return the last day the date covers (the start itself for a full date)} */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case DAY -> start;
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    /** The ISO 8601 form at this precision: {@code 2016}, {@code 2016-12} or {@code 2016-12-05}. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format(java.util.Locale.ROOT, "%04d", start.getYear());
            case MONTH -> YearMonth.from(start).toString();
            case DAY -> start.toString();
        };
    }
}
