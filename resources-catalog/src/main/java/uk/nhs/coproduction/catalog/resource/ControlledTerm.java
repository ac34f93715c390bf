package uk.nhs.coproduction.catalog.resource;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value of a closed controlled vocabulary. The enum constant names the term in code; its
 * {@linkplain #code() code} is the stable value written to files, URLs and facets; its wording
 * (label, definition, synonyms) lives in the versioned {@link Vocabularies} data.
 *
 * @since 0.1.0
 */
public interface ControlledTerm {

    /**
     * {@return the stable code written to files and URLs (e.g. {@code literature-review}), never
     * null}
     */
    String code();

    /**
     * {@return the term of {@code type} with the given code, or empty}
     *
     * @param <E> the enum of terms
     * @param type the enum's class
     * @param code the term's code
     */
    static <E extends Enum<E> & ControlledTerm> Optional<E> byCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /**
     * {@return the term of {@code type} with the given code}
     *
     * @param <E> the enum of terms
     * @param type the enum's class
     * @param code the term's code
     * @throws IllegalArgumentException listing the codes allowed
     */
    static <E extends Enum<E> & ControlledTerm> E parse(Class<E> type, String code) {
        return byCode(type, code).orElseThrow(() -> new IllegalArgumentException("'" + code
                + "' is not a " + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT)
                + "; allowed: " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(ControlledTerm::code).toList())));
    }
}
