package uk.nhs.coproduction.model.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link JsonResult#orElseThrow()} when a document was refused. It is the
 * {@link IllegalStateException} every result type's {@code orElseThrow()} throws, carrying the
 * problems too. Its message lists each problem on its own line with its line and field, and,
 * like them, never repeats the document's values.
 *
 * @since 0.1.0
 */
public final class JsonDocumentException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<JsonProblem> problems;

    /**
     * An exception for these problems.
     *
     * @param problems every problem found, at least one
     */
    public JsonDocumentException(List<JsonProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** {@return the problems, in document order} */
    public List<JsonProblem> problems() {
        return problems;
    }

    private static String summary(List<JsonProblem> problems) {
        return "The JSON document was refused (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):"
                + problems.stream().map(p -> "\n  " + p.describe()).collect(Collectors.joining());
    }
}
