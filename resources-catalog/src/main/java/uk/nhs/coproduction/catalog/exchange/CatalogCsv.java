package uk.nhs.coproduction.catalog.exchange;

import java.io.Reader;
import java.io.StringReader;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.exchange.internal.CsvCodec;
import uk.nhs.coproduction.catalog.exchange.internal.CsvColumns;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/**
 * Resources as CSV (RFC 4180), for people who keep lists in spreadsheets. One row per resource
 * after a header row; the columns are the {@linkplain uk.nhs.coproduction.catalog.resource.ResourceField
 * field names}, with the formats spread over parallel columns.
 *
 * <h2>Multi-valued cells</h2>
 * A cell holding several values (audiences, topics, creators, former slugs, part of, replaces,
 * alternatives) separates them with a vertical bar: {@code staff|qi-teams}. Spaces around each
 * value are ignored. A literal bar or backslash inside a value is written {@code \|} or
 * {@code \\}. Alternatives are {@code kind=id}: {@code easyRead=nhse:guide-easy-read}.
 *
 * <h2>Formats</h2>
 * {@code formatMediaTypes} lists one media type per format ({@code text/html|application/pdf});
 * the other format columns ({@code formatUrls}, {@code formatByteSizes}, {@code formatPageCounts},
 * {@code formatDurations}, {@code formatTranscriptUrls}, {@code formatAccessibilityFeatures}) give
 * one item per format in the same order, empty where unknown ({@code |https://…/guide.pdf}),
 * or are left wholly empty when nothing is known for any format. A format's accessibility
 * features are separated by spaces: {@code captions transcript|taggedPDF}.
 *
 * <h2>Reading</h2>
 * Every row is checked and every error reported with its spreadsheet row number (the header is
 * row 1) and column name; if any row is wrong nothing is imported. Unknown columns are errors;
 * {@code id}, {@code title}, {@code summary} and {@code kind} are required columns; blank rows
 * are skipped. A UTF-8 byte order mark, as Excel writes, is accepted.
 *
 * @since 0.1.0
 */
public final class CatalogCsv {

    private CatalogCsv() {
    }

    /** {@return the columns, in the order written} */
    public static List<String> columns() {
        return CsvColumns.ALL;
    }

    /**
     * {@return the resources as CSV text with a header row}
     *
     * @param resources the resources, one row each
     */
    public static String write(Collection<Resource> resources) {
        StringBuilder out = new StringBuilder();
        write(resources, out);
        return out.toString();
    }

    /**
     * Writes the resources as CSV with a header row.
     *
     * @param resources the resources, one row each
     * @param out where the CSV is written
     */
    public static void write(Collection<Resource> resources, Appendable out) {
        CsvCodec.write(resources, out);
    }

    /**
     * Reads resources, checking topics against {@code vocabularies}; ids and slugs must be unique.
     *
     * @param csv the CSV text, with a header row
     * @param vocabularies the vocabularies whose topics the resources may use
     * @return the resources, or every error with its row and column
     */
    public static ImportResult<List<Resource>> read(String csv, Vocabularies vocabularies) {
        return read(new StringReader(csv), vocabularies, null);
    }

    /**
     * Reads resources. If {@code namespace} is not null every id must be in it (a local
     * catalogue's import).
     *
     * @param csv the CSV text, with a header row; not closed
     * @param vocabularies the vocabularies whose topics the resources may use
     * @param namespace the namespace every id must be in, or null for any
     * @return the resources, or every error with its row and column
     * @throws java.io.UncheckedIOException if the reader fails
     */
    public static ImportResult<List<Resource>> read(Reader csv, Vocabularies vocabularies,
            @Nullable String namespace) {
        return CsvCodec.read(csv, vocabularies, namespace);
    }
}
