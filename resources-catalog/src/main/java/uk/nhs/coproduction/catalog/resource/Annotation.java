package uk.nhs.coproduction.catalog.resource;



/**
 * A local note on a resource from another catalogue, for example "Printed copies from the
 * patient experience team". It is shown beside the resource; it never changes the resource.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target the resource annotated, never null
 * @param source the namespace of the overlay that added the note, never null
 * @param note the note, one line of at most {@value #MAX_NOTE_LENGTH} characters, never null
 * @since 0.1.0
 */
public record Annotation(ResourceId target, String source, String note) {

    /** Longest note accepted, in characters. */
    public static final int MAX_NOTE_LENGTH = 500;

    /**
     * Checks the note.
     *
     * @param target the resource annotated, never null
     * @param source the namespace of the overlay that added the note, never null
     * @param note the note, one line of at most {@value #MAX_NOTE_LENGTH} characters, never null
     * @throws IllegalArgumentException if the note is blank, too long or more than one line
     */
    public Annotation {
        if (note.isBlank() || note.length() > MAX_NOTE_LENGTH || note.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an annotation is one line of 1-" + MAX_NOTE_LENGTH + " characters");
        }
    }
}
