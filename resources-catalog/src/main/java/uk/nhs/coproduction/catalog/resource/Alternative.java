package uk.nhs.coproduction.catalog.resource;

/**
 * A link from a resource to another resource that presents the same work differently: an Easy
 * Read version, a BSL version, large print, braille, audio or a translation (schema.org
 * {@code workExample}/{@code workTranslation}, Dublin Core {@code hasFormat}/{@code hasVersion}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind how the alternative differs, never null
 * @param target the alternative resource, never null
 * @since 0.1.0
 */
public record Alternative(AlternativeKind kind, ResourceId target) implements Comparable<Alternative> {

    /**
     * {@return an alternative of the given kind}
     *
     * @param kind how the alternative differs, never null
     * @param target the alternative resource, never null
     */
    public static Alternative of(AlternativeKind kind, ResourceId target) {
        return new Alternative(kind, target);
    }

    /**
     * Reads {@code kind=namespace:local}, for example {@code easyRead=nhse:postcards-easy-read}.
     *
     * @param text the text to read
     * @return the alternative
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Alternative parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("an alternative is kind=id (e.g. easyRead=nhse:guide-easy-read), was '"
                    + text + "'");
        }
        return new Alternative(ControlledTerm.parse(AlternativeKind.class, text.substring(0, equals).strip()),
                ResourceId.parse(text.substring(equals + 1).strip()));
    }

    @Override
    public int compareTo(Alternative other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : target.compareTo(other.target);
    }

    /** The form {@code kind=namespace:local}. */
    @Override
    public String toString() {
        return kind.code() + "=" + target;
    }
}
