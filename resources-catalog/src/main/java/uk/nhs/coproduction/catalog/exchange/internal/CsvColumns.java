package uk.nhs.coproduction.catalog.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.coproduction.catalog.resource.ResourceField;

/** The CSV columns: resource fields by wire name, with formats spread over parallel columns. */
public final class CsvColumns {

    /** Media type of each format: one item per format; the number of formats. */
    public static final String FORMAT_MEDIA_TYPES = "formatMediaTypes";
    /** Address of each format. */
    public static final String FORMAT_URLS = "formatUrls";
    /** Size in bytes of each format. */
    public static final String FORMAT_BYTE_SIZES = "formatByteSizes";
    /** Page count of each format. */
    public static final String FORMAT_PAGE_COUNTS = "formatPageCounts";
    /** ISO 8601 duration of each format. */
    public static final String FORMAT_DURATIONS = "formatDurations";
    /** Transcript address of each format. */
    public static final String FORMAT_TRANSCRIPT_URLS = "formatTranscriptUrls";
    /** Accessibility features of each format, space-separated within a format. */
    public static final String FORMAT_ACCESSIBILITY = "formatAccessibilityFeatures";

    /** The format columns, in order. */
    public static final List<String> FORMAT_COLUMNS = List.of(FORMAT_MEDIA_TYPES, FORMAT_URLS, FORMAT_BYTE_SIZES,
            FORMAT_PAGE_COUNTS, FORMAT_DURATIONS, FORMAT_TRANSCRIPT_URLS, FORMAT_ACCESSIBILITY);

    /** Every column, in the order written. */
    public static final List<String> ALL = all();

    private CsvColumns() {
    }

    private static List<String> all() {
        List<String> columns = new ArrayList<>();
        for (ResourceField field : ResourceField.values()) {
            if (field == ResourceField.FORMATS) {
                columns.addAll(FORMAT_COLUMNS);
            } else {
                columns.add(field.wireName());
            }
        }
        return List.copyOf(columns);
    }
}
