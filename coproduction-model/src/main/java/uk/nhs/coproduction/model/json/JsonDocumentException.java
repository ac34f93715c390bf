package uk.nhs.coproduction.model.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link JsonResult#orElseThrow()} when a document was rejected. Its message lists
 * every problem with its line and field, and, like them, never repeats the document's values.
 */
public final class JsonDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<JsonProblem> problems;

    /** An exception for these problems. */
    public JsonDocumentException(List<JsonProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in document order. */
    public List<JsonProblem> problems() {
        return problems;
    }

    private static String summary(List<JsonProblem> problems) {
        return "The JSON document was rejected (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):"
                + problems.stream().map(p -> "\n  " + p.describe()).collect(Collectors.joining());
    }
}
