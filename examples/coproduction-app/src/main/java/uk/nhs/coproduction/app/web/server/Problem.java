package uk.nhs.coproduction.app.web.server;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An error answer of the JSON API, as RFC 9457 problem details: {@code type} (always
 * {@code about:blank}, so the {@code title} is the status's reason phrase), {@code status},
 * {@code detail} (what was wrong, in plain English), {@code instance} (the request path) and
 * {@code errors}, one per thing wrong, each naming the query parameter or field and, for a
 * document, the line and column.
 *
 * <pre>{@code
 * {"type": "about:blank", "title": "Unprocessable Content", "status": 422,
 *  "detail": "The partnership document has 1 problem.", "instance": "/api/health-check",
 *  "errors": [{"field": "members[1].partner.roles[0]", "line": 12, "column": 9, "detail": "…"}]}
 * }</pre>
 *
 * <p>Messages never repeat the values sent, which may be personal data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status the HTTP status
 * @param detail what was wrong, never null
 * @param instance the path of the request, never null
 * @param errors the things wrong, each located; may be empty
 */
public record Problem(int status, String detail, String instance, List<Error> errors) {

    /**
     * One thing wrong with a request.
     *
     * @param field the query parameter, form field or document field (such as
     *     {@code members[1].partner.roles[0]}); empty for the request or document as a whole
     * @param line the line in the body, counted from 1, or null
     * @param column the column in the body, counted from 1, or null
     * @param detail what is wrong, never null
     */
    public record Error(String field, @Nullable Integer line, @Nullable Integer column, String detail) {

        /** Rejects a null field or detail. */
        public Error {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(detail, "detail");
        }

        /** An error about a field or parameter, with no position. */
        public static Error of(String field, String detail) {
            return new Error(field, null, null, detail);
        }
    }

    /** Copies the errors. */
    public Problem {
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(instance, "instance");
        errors = List.copyOf(errors);
    }

    /** A problem with no itemised errors. */
    public static Problem of(int status, String detail, String instance) {
        return new Problem(status, detail, instance, List.of());
    }

    /** The reason phrase of the status, used as the title. */
    public String title() {
        return StatusText.of(status);
    }

    /** The problem as {@code application/problem+json}. */
    public String toJson() {
        return ApiJson.write(toJsonNode());
    }

    /**
     * The problem as a JSON object, to which an answer may add extension members (RFC 9457
     * section 3.2), such as the reasons a step was refused.
     */
    public ObjectNode toJsonNode() {
        ObjectNode root = ApiJson.MAPPER.createObjectNode();
        root.put("type", "about:blank");
        root.put("title", title());
        root.put("status", status);
        root.put("detail", detail);
        root.put("instance", instance);
        if (!errors.isEmpty()) {
            ArrayNode list = root.putArray("errors");
            for (Error error : errors) {
                ObjectNode node = list.addObject();
                node.put("field", error.field());
                if (error.line() != null) {
                    node.put("line", error.line());
                }
                if (error.column() != null) {
                    node.put("column", error.column());
                }
                node.put("detail", error.detail());
            }
        }
        return root;
    }
}
