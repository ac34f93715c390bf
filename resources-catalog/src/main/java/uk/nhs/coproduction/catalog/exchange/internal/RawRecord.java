package uk.nhs.coproduction.catalog.exchange.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.resource.Alternative;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.ResourceField;

/** One resource as read from a file, before its values are parsed: a JSON object or a CSV row. */
public interface RawRecord {

    /** The row number used in errors. */
    int row();

    /** The column or property name used in errors for a field. */
    String column(ResourceField field);

    /** A single text value, or null if absent or empty; records an error if it has the wrong shape. */
    @Nullable String text(ResourceField field, Problems problems);

    /** A list of text values, empty if absent; records an error if it has the wrong shape. */
    List<String> texts(ResourceField field, Problems problems);

    /** The formats, parsed, with errors recorded for each bad value. */
    List<Format> formats(Problems problems);

    /** The alternatives, parsed, with errors recorded for each bad value. */
    List<Alternative> alternatives(Problems problems);
}
