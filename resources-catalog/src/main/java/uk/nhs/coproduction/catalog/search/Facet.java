package uk.nhs.coproduction.catalog.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * A dimension results can be filtered and counted by. Each has a stable {@linkplain #code() code}
 * for URLs and JSON (e.g. {@code ?kind=guide&audience=staff}).
 *
 * @since 0.1.0
 */
public enum Facet {
    /** The resource's kind (values: kind codes). */
    KIND("kind"),
    /** Who it is for (values: audience codes). */
    AUDIENCE("audience"),
    /** What it is about (values: topic codes). */
    TOPIC("topic"),
    /** The format groups it comes in, such as pdf, web-page or video (values: format group codes). */
    FORMAT("format"),
    /** Accessibility features of any of its formats (values: W3C feature codes). */
    ACCESSIBILITY("accessibility"),
    /** The alternatives it links to, such as Easy Read or BSL (values: alternative kind codes). */
    ALTERNATIVE("alternative"),
    /** Its language (values: BCP 47 tags). */
    LANGUAGE("language"),
    /** Its publisher (values: the publisher's name). */
    PUBLISHER("publisher");

    private final String code;

    Facet(String code) {
        this.code = code;
    }

    /** {@return the stable code used in URLs and JSON, never null} */
    public String code() {
        return code;
    }

    /**
     * {@return the facet with this code, or empty}
     *
     * @param code the facet's code, such as {@code audience}
     */
    public static Optional<Facet> byCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
