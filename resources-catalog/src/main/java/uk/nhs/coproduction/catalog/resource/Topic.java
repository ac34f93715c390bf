package uk.nhs.coproduction.catalog.resource;

import java.util.regex.Pattern;

/**
 * A subject a resource is about (schema.org {@code keywords}/{@code about}, Dublin Core
 * {@code subject}). Topics are codes from the {@link Vocabularies} data, which gives each its
 * label and synonyms; a local catalogue may add its own topics to its vocabulary.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code lower-case letters, digits and hyphens, never null
 * @since 0.1.0
 */
public record Topic(String code) implements Comparable<Topic> {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /**
     * Checks the code.
     *
     * @param code lower-case letters, digits and hyphens, never null
     * @throws IllegalArgumentException if the code is not 1-64 lower-case letters, digits or hyphens
     */
    public Topic {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a topic code is 1-64 lower-case letters, digits or hyphens, was '"
                    + code + "'");
        }
    }

    /**
     * {@return the topic with this code}
     *
     * @param code lower-case letters, digits and hyphens, never null
     */
    public static Topic of(String code) {
        return new Topic(code);
    }

    @Override
    public int compareTo(Topic other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
