package uk.nhs.coproduction.catalog.resource;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The wording of one vocabulary value, from the versioned {@link Vocabularies} data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the stable code, never null
 * @param label the words shown to people, never null
 * @param definition a one-line definition, or null
 * @param synonyms other words people use for it (searched as the same thing), never null
 * @since 0.1.0
 */
public record Term(String code, String label, @Nullable String definition, List<String> synonyms) {

    /**
     * Copies the synonyms and checks that code and label are present.
     *
     * @param code the stable code, never null
     * @param label the words shown to people, never null
     * @param definition a one-line definition, or null
     * @param synonyms other words people use for it (searched as the same thing), never null
     */
    public Term {
        if (code.isBlank() || label.isBlank()) {
            throw new IllegalArgumentException("a term has a code and a label, was '" + code + "'/'" + label + "'");
        }
        synonyms = List.copyOf(synonyms);
    }
}
