package uk.nhs.coproduction.catalog.resource;

import java.util.List;

/**
 * A family of media types people recognise by one name ("PDF", "Video", "Word document"), used
 * for the format facet and for link labels. Groups come from the {@link Vocabularies} data; a
 * media type pattern may end in {@code /*}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the stable code (e.g. {@code pdf}), never null
 * @param label the short name used in link text, never null
 * @param mediaTypes the media types or {@code type/*} patterns in the group, never null
 * @since 0.1.0
 */
public record FormatGroup(String code, String label, List<String> mediaTypes) {

    /**
     * Copies the list.
     *
     * @param code the stable code (e.g. {@code pdf}), never null
     * @param label the short name used in link text, never null
     * @param mediaTypes the media types or {@code type/*} patterns in the group, never null
     */
    public FormatGroup {
        mediaTypes = List.copyOf(mediaTypes);
    }

    /**
     * {@return whether the media type belongs to this group}
     *
     * @param mediaType a media type such as {@code application/pdf}
     */
    public boolean contains(String mediaType) {
        for (String pattern : mediaTypes) {
            if (pattern.endsWith("/*") ? mediaType.startsWith(pattern.substring(0, pattern.length() - 1))
                    : pattern.equals(mediaType)) {
                return true;
            }
        }
        return false;
    }
}
