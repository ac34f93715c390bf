package uk.nhs.coproduction.alwaysevents.store.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@link LocalDate#parse} and {@link Instant#parse}, with a fast path for the one form the codec
 * writes ({@code 2017-06-30}, {@code 2017-06-30T09:15:00Z}, optionally with 1 to 9 digits of a
 * second): the general parsers cost more than the rest of reading an event. Any other text
 * (other forms, out-of-range fields, leap seconds, hour 24) goes to the general parser, so the
 * result, or the {@link DateTimeParseException}, is always the one it gives.
 */
final class Dates {

    private Dates() {
    }

    /** As {@link LocalDate#parse(CharSequence)}. */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // Such as 30 February: the general parser words the refusal.
                }
            }
        }
        return LocalDate.parse(text);
    }

    /** As {@link Instant#parse(CharSequence)}. */
    static Instant instant(String text) {
        int length = text.length();
        if (length >= 20 && text.charAt(length - 1) == 'Z' && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int nanos = length == 20 ? 0 : fraction(text, 19, length - 1);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && nanos >= 0) {
                try {
                    long days = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
                } catch (DateTimeException e) {
                    // Such as 30 February: the general parser words the refusal.
                }
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number in {@code count} ASCII digits from {@code from}, or -1 if any is not one. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Nanoseconds from ".d…" (1 to 9 digits) between {@code from} and {@code end}, or -1. */
    private static int fraction(String text, int from, int end) {
        int count = end - from - 1;
        if (text.charAt(from) != '.' || count < 1 || count > 9) {
            return -1;
        }
        int value = digits(text, from + 1, count);
        if (value < 0) {
            return -1;
        }
        for (int i = count; i < 9; i++) {
            value *= 10;
        }
        return value;
    }
}
