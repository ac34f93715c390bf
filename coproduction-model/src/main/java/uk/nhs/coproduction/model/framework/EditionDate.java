package uk.nhs.coproduction.model.framework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The date of a framework edition, as precisely as the source gives it: a year ({@code 2016}), a
 * month ({@code 2022-07}) or a day ({@code 2021-10-20}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the first day of the year, month or day
 * @param precision how much of the date is known
 * @since 0.1.0
 */
public record EditionDate(LocalDate start, Precision precision) implements Comparable<EditionDate> {

    /**
     * How much of an edition's date is known.
     *
     * @since 0.1.0
     */
    public enum Precision {
        /** The year only. */
        YEAR,
        /** The year and month. */
        MONTH,
        /** The exact day. */
        DAY
    }

    /**
     * Checks that {@code start} is the first day of its period at this precision.
     *
     * @param start the first day of the year, month or day
     * @param precision how much of the date is known
     */
    public EditionDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        boolean aligned = switch (precision) {
            case YEAR -> start.getDayOfYear() == 1;
            case MONTH -> start.getDayOfMonth() == 1;
            case DAY -> true;
        };
        if (!aligned) {
            throw new IllegalArgumentException("an edition date's start must be the first day of its year or month");
        }
    }

    /**
     * Parses {@code 2016}, {@code 2022-07} or {@code 2021-10-20}.
     *
     * @param text a year, a year and month, or a full date, in ISO form
     * @return the date, as precise as the text
     * @throws IllegalArgumentException if the text has none of these forms
     */
    public static EditionDate parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            if (text.matches("[0-9]{4}")) {
                return new EditionDate(LocalDate.of(Integer.parseInt(text), 1, 1), Precision.YEAR);
            }
            if (text.matches("[0-9]{4}-[0-9]{2}")) {
                return new EditionDate(YearMonth.parse(text).atDay(1), Precision.MONTH);
            }
            if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return new EditionDate(LocalDate.parse(text), Precision.DAY);
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("an edition date must be a real year, month or day", e);
        }
        throw new IllegalArgumentException("an edition date must look like 2016, 2022-07 or 2021-10-20");
    }

    /** Orders by start date, then by precision. */
    @Override
    public int compareTo(EditionDate other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }

    /** The form {@link #parse} reads: {@code 2016}, {@code 2022-07} or {@code 2021-10-20}. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", start.getYear());
            case MONTH -> YearMonth.from(start).toString();
            case DAY -> start.toString();
        };
    }
}
