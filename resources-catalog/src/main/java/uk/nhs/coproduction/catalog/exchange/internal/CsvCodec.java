package uk.nhs.coproduction.catalog.exchange.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.exchange.ImportResult;
import uk.nhs.coproduction.catalog.resource.ControlledTerm;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceField;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/** Reading and writing resources as CSV with commons-csv. */
public final class CsvCodec {

    private static final Set<String> REQUIRED = Set.of(ResourceField.ID.wireName(), ResourceField.TITLE.wireName(),
            ResourceField.SUMMARY.wireName(), ResourceField.KIND.wireName());

    private CsvCodec() {
    }

    /** Writes the resources, one row each, with a header row. */
    public static void write(Collection<Resource> resources, Appendable out) {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(CsvColumns.ALL.toArray(String[]::new)).get())) {
            for (Resource r : resources) {
                printer.printRecord(row(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(Resource r) {
        List<String> row = new ArrayList<>();
        for (ResourceField field : ResourceField.values()) {
            switch (field) {
                case ID -> row.add(r.id().toString());
                case SLUG -> row.add(r.slug());
                case FORMER_SLUGS -> row.add(MultiValue.join(r.formerSlugs()));
                case TITLE -> row.add(r.title());
                case SUMMARY -> row.add(r.summary());
                case KIND -> row.add(r.kind().code());
                case AUDIENCES -> row.add(MultiValue.join(r.audiences().stream().map(ControlledTerm::code).toList()));
                case TOPICS -> row.add(MultiValue.join(r.topics().stream().map(t -> t.code()).toList()));
                case LANGUAGE -> row.add(r.language());
                case PUBLISHER -> row.add(text(r.publisher()));
                case CREATORS -> row.add(MultiValue.join(r.creators()));
                case ISSUED -> row.add(text(r.issued()));
                case MODIFIED -> row.add(text(r.modified()));
                case LICENCE -> row.add(text(r.licence()));
                case TIME_REQUIRED -> row.add(text(r.timeRequired()));
                case LANDING_PAGE -> row.add(text(r.landingPage()));
                case FORMATS -> {
                    row.add(MultiValue.join(r.formats().stream().map(Format::mediaType).toList()));
                    row.add(parallel(r.formats(), Format::url));
                    row.add(parallel(r.formats(), Format::byteSize));
                    row.add(parallel(r.formats(), Format::pageCount));
                    row.add(parallel(r.formats(), Format::duration));
                    row.add(parallel(r.formats(), Format::transcriptUrl));
                    row.add(parallel(r.formats(), f -> f.accessibilityFeatures().isEmpty() ? null
                            : String.join(" ", f.accessibilityFeatures().stream().map(ControlledTerm::code).toList())));
                }
                case ALTERNATIVES -> row.add(MultiValue.join(r.alternatives().stream().map(Object::toString).toList()));
                case PART_OF -> row.add(MultiValue.join(r.partOf().stream().map(Object::toString).toList()));
                case STATUS -> row.add(r.status().code());
                case VERSION -> row.add(text(r.version()));
                case REPLACES -> row.add(MultiValue.join(r.replaces().stream().map(Object::toString).toList()));
                case REPLACED_BY -> row.add(text(r.replacedBy()));
                case WITHDRAWAL_REASON -> row.add(text(r.withdrawalReason()));
            }
        }
        return row;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static String parallel(List<Format> formats, Function<Format, @Nullable Object> value) {
        if (formats.stream().allMatch(f -> value.apply(f) == null)) {
            return "";
        }
        return MultiValue.join(formats.stream().map(f -> text(value.apply(f))).toList());
    }

    /**
     * Reads resources, checking every row. Rows are numbered as in a spreadsheet: the header is
     * row 1. If {@code namespace} is given every id must be in it.
     */
    public static ImportResult<List<Resource>> read(Reader in, Vocabularies vocabularies, @Nullable String namespace) {
        Problems problems = new Problems();
        List<Uniqueness.Located> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(false).get().parse(in)) {
            List<String> header = new ArrayList<>();
            for (String name : parser.getHeaderNames()) {
                header.add(name.startsWith("\uFEFF") ? name.substring(1) : name);
            }
            Set<String> known = new HashSet<>(CsvColumns.ALL);
            for (String name : header) {
                if (!known.contains(name)) {
                    problems.add(1, name, "is not a column of the catalogue CSV; columns are "
                            + String.join(", ", CsvColumns.ALL));
                }
            }
            for (String required : REQUIRED) {
                if (!header.contains(required)) {
                    problems.add(1, required, "the column is required");
                }
            }
            if (problems.any()) {
                return new ImportResult.Refused<>(problems.errors());
            }
            ResourceAssembler assembler = new ResourceAssembler(vocabularies);
            int row = 1;
            for (CSVRecord record : parser) {
                row++;
                if (record.size() != header.size()) {
                    problems.add(row, "(row)", "has " + record.size() + " cells but the header has " + header.size());
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                if (cells.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                Resource resource = assembler.assemble(new CsvResourceRecord(cells, row), problems);
                if (resource != null) {
                    rows.add(new Uniqueness.Located(row, resource));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(0, "(CSV syntax)", String.valueOf(e.getMessage()));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof org.apache.commons.csv.CSVException csv) {
                problems.add(0, "(CSV syntax)", String.valueOf(csv.getMessage()));
            } else {
                throw e;
            }
        }
        Uniqueness.check(rows, namespace, problems);
        if (problems.any()) {
            return new ImportResult.Refused<>(problems.errors());
        }
        return new ImportResult.Accepted<>(rows.stream().map(Uniqueness.Located::resource).toList());
    }
}
