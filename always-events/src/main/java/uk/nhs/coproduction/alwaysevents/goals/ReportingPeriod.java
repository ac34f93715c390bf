package uk.nhs.coproduction.alwaysevents.goals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How long each period of a goal's chart is: a calendar month ({@code 2025-03}) or a calendar
 * quarter ({@code 2025-Q1}, January to March).
 *
 * @since 0.1.0
 */
public enum ReportingPeriod {
    /** A calendar month, labelled like {@code 2025-03}. */
    MONTH,
    /** A calendar quarter, labelled like {@code 2025-Q1} (January to March). */
    QUARTER;

    /** {@return the code used on the command line and in the JSON API: {@code month} or {@code quarter}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the period named by {@code code} ({@code month} or {@code quarter}, ignoring case)}
     *
     * @param code the code
     */
    public static Optional<ReportingPeriod> fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (ReportingPeriod period : values()) {
            if (period.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the label of the period that holds {@code date}, such as {@code 2025-03} or {@code 2025-Q1}}
     *
     * @param date a day in the period
     */
    public String label(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (this == MONTH) {
            return YearMonth.from(date).toString();
        }
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * {@return the last day of the period that holds {@code date}}
     *
     * @param date a day in the period
     */
    public LocalDate end(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (this == MONTH) {
            return YearMonth.from(date).atEndOfMonth();
        }
        int lastMonth = ((date.getMonthValue() - 1) / 3 + 1) * 3;
        return YearMonth.of(date.getYear(), lastMonth).atEndOfMonth();
    }

    /**
     * {@return the first day of the period after the one that holds {@code date}}
     *
     * @param date a day in the period
     */
    public LocalDate next(LocalDate date) {
        return end(date).plusDays(1);
    }
}
