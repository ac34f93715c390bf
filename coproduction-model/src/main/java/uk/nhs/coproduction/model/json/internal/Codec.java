package uk.nhs.coproduction.model.json.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON mapping of one kind of document.
 *
 * @param <T> the type of the document's value
 */
public interface Codec<T> {

    /** The document's name, the value of its {@code document} field, such as "partnership". */
    String documentName();

    /**
     * Reads the value from the document's root object, reporting every problem to {@code root}.
     *
     * @return the value, or null if there were problems
     */
    @Nullable T read(Fields root);

    /** Writes the value's fields into {@code root}, after {@code schemaVersion} and {@code document}. */
    void write(T value, ObjectNode root);
}
