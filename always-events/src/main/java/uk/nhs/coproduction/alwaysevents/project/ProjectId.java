package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of an Always Events&reg; project, such as {@code humber-contact-2017}.
 *
 * <p>An id is 1 to 64 characters: lower-case letters, digits and hyphens, starting with a letter
 * or digit. It names the project's file in the file store, so it can never contain a path
 * separator, a dot or anything else that could lead outside the store's directory, and it is
 * never a name that some file systems reserve (such as {@code con} or {@code nul}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the id's text
 * @since 0.1.0
 */
public record ProjectId(String value) implements Comparable<ProjectId> {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /**
     * Checks the form of the id.
     *
     * @param value the id's text
     * @throws IllegalArgumentException if the text is not a well-formed project id
     */
    public ProjectId {
        Objects.requireNonNull(value, "value");
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * {@return the id with this text; see the class description for the rules}
     *
     * @param value the id's text
     */
    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    /**
     * {@return what is wrong with {@code text} as a project id, or null if it is well formed}
     *
     * @param text the text to check
     */
    public static @Nullable String problemWith(String text) {
        if (!FORM.matcher(text).matches()) {
            return "a project id must be 1 to 64 lower-case letters, digits or hyphens, starting with a letter or digit";
        }
        if (RESERVED.contains(text)) {
            return "a project id must not be a name that file systems reserve (" + text + ")";
        }
        return null;
    }

    @Override
    public int compareTo(ProjectId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
