package uk.nhs.coproduction.catalog.exchange.internal;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.resource.AccessibilityFeature;
import uk.nhs.coproduction.catalog.resource.Alternative;
import uk.nhs.coproduction.catalog.resource.ControlledTerm;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.ResourceField;

/** A resource as one CSV row, by column name. */
final class CsvResourceRecord implements RawRecord {

    private final Map<String, String> cells;
    private final int row;

    CsvResourceRecord(Map<String, String> cells, int row) {
        this.cells = cells;
        this.row = row;
    }

    @Override
    public int row() {
        return row;
    }

    @Override
    public String column(ResourceField field) {
        return field == ResourceField.FORMATS ? CsvColumns.FORMAT_MEDIA_TYPES : field.wireName();
    }

    private String cell(String column) {
        String value = cells.get(column);
        return value == null ? "" : value;
    }

    @Override
    public @Nullable String text(ResourceField field, Problems problems) {
        String value = cell(field.wireName());
        return value.isEmpty() ? null : value;
    }

    @Override
    public List<String> texts(ResourceField field, Problems problems) {
        List<String> items = MultiValue.split(cell(field.wireName()));
        if (items.stream().anyMatch(String::isEmpty)) {
            problems.add(row, field.wireName(), "has an empty item between | separators");
            return items.stream().filter(s -> !s.isEmpty()).toList();
        }
        return items;
    }

    @Override
    public List<Format> formats(Problems problems) {
        List<String> mediaTypes = MultiValue.split(cell(CsvColumns.FORMAT_MEDIA_TYPES));
        int count = mediaTypes.size();
        List<Format> formats = new ArrayList<>();
        int before = problems.count();
        List<@Nullable URI> urls = parallel(CsvColumns.FORMAT_URLS, count, problems, ResourceAssembler::uri);
        List<@Nullable Long> sizes = parallel(CsvColumns.FORMAT_BYTE_SIZES, count, problems, t -> whole(t));
        List<@Nullable Long> pages = parallel(CsvColumns.FORMAT_PAGE_COUNTS, count, problems, t -> whole(t));
        List<@Nullable Duration> durations = parallel(CsvColumns.FORMAT_DURATIONS, count, problems,
                ResourceAssembler::duration);
        List<@Nullable URI> transcripts = parallel(CsvColumns.FORMAT_TRANSCRIPT_URLS, count, problems,
                ResourceAssembler::uri);
        List<@Nullable List<AccessibilityFeature>> features = parallel(CsvColumns.FORMAT_ACCESSIBILITY, count,
                problems, CsvResourceRecord::features);
        if (problems.count() > before) {
            return formats;
        }
        for (int i = 0; i < count; i++) {
            String mediaType = mediaTypes.get(i);
            Long pageCount = pages.get(i);
            List<AccessibilityFeature> featureList = features.get(i);
            int index = i;
            Format format = problems.attempt(row, CsvColumns.FORMAT_MEDIA_TYPES, () -> {
                if (pageCount != null && pageCount > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("pageCount is too large");
                }
                return ResourceAssembler.format(mediaType.isEmpty() ? null : mediaType, urls.get(index),
                        sizes.get(index), pageCount == null ? null : pageCount.intValue(), durations.get(index),
                        transcripts.get(index), featureList == null ? List.of() : featureList);
            });
            if (format != null) {
                formats.add(format);
            }
        }
        return formats;
    }

    private <T> List<@Nullable T> parallel(String column, int count, Problems problems, Function<String, T> parse) {
        List<String> items = MultiValue.split(cell(column));
        List<@Nullable T> values = new ArrayList<>();
        if (items.isEmpty()) {
            for (int i = 0; i < count; i++) {
                values.add(null);
            }
            return values;
        }
        if (items.size() != count) {
            problems.add(row, column, "has " + items.size() + " item(s) but " + CsvColumns.FORMAT_MEDIA_TYPES
                    + " has " + count + "; give one item per format, in the same order, empty where unknown");
            return values;
        }
        for (String item : items) {
            values.add(item.isEmpty() ? null : problems.attempt(row, column, () -> parse.apply(item)));
        }
        return values;
    }

    private static Long whole(String text) {
        try {
            long value = Long.parseLong(text);
            if (value < 1) {
                throw new IllegalArgumentException("must be at least 1, was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number, was '" + text + "'", e);
        }
    }

    private static List<AccessibilityFeature> features(String text) {
        List<AccessibilityFeature> features = new ArrayList<>();
        for (String code : text.strip().split("\\s+")) {
            features.add(ControlledTerm.parse(AccessibilityFeature.class, code));
        }
        return features;
    }

    @Override
    public List<Alternative> alternatives(Problems problems) {
        List<Alternative> alternatives = new ArrayList<>();
        for (String item : texts(ResourceField.ALTERNATIVES, problems)) {
            Alternative alternative = problems.attempt(row, ResourceField.ALTERNATIVES.wireName(),
                    () -> Alternative.parse(item));
            if (alternative != null) {
                alternatives.add(alternative);
            }
        }
        return alternatives;
    }
}
