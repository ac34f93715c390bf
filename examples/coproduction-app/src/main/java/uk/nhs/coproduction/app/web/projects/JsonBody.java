package uk.nhs.coproduction.app.web.projects;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import uk.nhs.coproduction.app.projectcommands.CommandField;
import uk.nhs.coproduction.app.web.server.ApiJson;
import uk.nhs.coproduction.app.web.server.Problem;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;
import uk.nhs.coproduction.app.web.site.FieldError;

/**
 * The JSON object a project call sends, read field by field. Every field that is unknown, of the
 * wrong type or missing is collected with its name, so one answer lists everything to put right;
 * messages never repeat the values sent.
 *
 * <p>Not thread-safe: a body belongs to the request reading it.
 */
final class JsonBody {

    /** The field every call that changes a project carries: the version it was decided on. */
    static final String EXPECTED_VERSION = "expectedVersion";
    /** The field that once named who was acting: refused now, since it is always the signed-in person. */
    static final String ACTOR = "actor";

    private final JsonNode root;
    private final List<Problem.Error> errors = new ArrayList<>();

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    /**
     * Reads the body as a JSON object with these fields and no others.
     *
     * @throws RequestRefused (415) if it is not {@code application/json}, (413) if too large, (422)
     *     if it is not a JSON object, naming the line and column
     */
    static JsonBody read(Request request, Set<String> fields) throws IOException {
        request.requireMediaType("application/json");
        String text = request.bodyText();
        JsonNode root;
        try {
            root = ApiJson.MAPPER.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            boolean located = at != null && at.getLineNr() > 0;
            throw new RequestRefused(422, "The body is not well-formed JSON.", List.of(new Problem.Error("",
                    located ? at.getLineNr() : null, located ? at.getColumnNr() : null,
                    "not well-formed JSON here: check the quotes, commas and brackets")));
        }
        if (root == null || !root.isObject()) {
            throw new RequestRefused(422, "The body must be a JSON object, such as {\"expectedVersion\": 3}.");
        }
        JsonBody body = new JsonBody(root);
        for (String name : new TreeSet<>(root.propertyNames())) {
            if (name.equals(ACTOR)) {
                body.errors.add(Problem.Error.of(name, "is not accepted: what you record is recorded as you, the "
                        + "person the API token belongs to"));
            } else if (!fields.contains(name)) {
                body.errors.add(Problem.Error.of(name, "is not a field here; the fields are "
                        + String.join(", ", new TreeSet<>(fields))));
            }
        }
        return body;
    }

    /** A field's JSON value as sent, or null if it is absent or null, for calls whose fields are not flat. */
    @Nullable JsonNode node(String name) {
        JsonNode node = root.get(name);
        return node == null || node.isNull() ? null : node;
    }

    /** A text field: its value, or null if it is absent, null, or not a string (which is an error). */
    @Nullable String text(String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            errors.add(Problem.Error.of(name, "must be a string"));
            return null;
        }
        return node.asString();
    }

    /**
     * A whole-number field as its digits, for checking like a form field: null if it is absent or
     * null; "" (which the check refuses, naming the field) if it is not a whole number of 0 or more.
     */
    @Nullable String count(String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || node.bigIntegerValue().signum() < 0
                || node.bigIntegerValue().compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            return "";
        }
        return node.bigIntegerValue().toString();
    }

    /**
     * A command form's field as the text values its form would send: none when it is absent or
     * null; a JSON value of the wrong kind for the field's type is an error naming the field.
     */
    List<String> values(CommandField field) {
        JsonNode node = root.get(field.name());
        if (node == null || node.isNull()) {
            return List.of();
        }
        String kind = switch (field.type()) {
            case WHOLE_NUMBER -> node.isIntegralNumber() ? null : "must be a whole number";
            case NUMBER, SCORE -> node.isNumber() ? null : "must be a number";
            case YES_NO -> node.isBoolean() ? null : "must be true or false";
            case PARTNERS, ROLES -> node.isArray() && node.valueStream().allMatch(JsonNode::isString) ? null
                    : "must be an array of strings";
            default -> node.isString() ? null : "must be a string";
        };
        if (kind != null) {
            errors.add(Problem.Error.of(field.name(), kind));
            return List.of();
        }
        if (node.isArray()) {
            return node.valueStream().map(JsonNode::asString).toList();
        }
        if (node.isBoolean()) {
            return List.of(node.booleanValue() ? "yes" : "no");
        }
        if (node.isNumber()) {
            return List.of(numberText(node.decimalValue()));
        }
        return List.of(node.asString());
    }

    /**
     * A JSON number as the field reads it: in plain digits where it has a sensible size, so
     * {@code 1e1} is 10; otherwise in scientific notation, which no field accepts, so a number
     * such as {@code 1e999999999} is refused without writing out its digits.
     */
    static String numberText(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < -18 || stripped.scale() > 18 ? stripped.toString() : stripped.toPlainString();
    }

    /**
     * Whether the body confirms that text which looks like contact details or an NHS number may
     * be kept ({@code "confirmPersonalDetails": true}); false when absent or null, and an error
     * when it is not true or false.
     */
    boolean personalDetailsConfirmed() {
        JsonNode node = root.get(Checked.CONFIRM_FIELD);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            errors.add(Problem.Error.of(Checked.CONFIRM_FIELD, "must be true or false"));
            return false;
        }
        return node.booleanValue();
    }

    /** The version the change was decided on; missing or malformed is an error. */
    long expectedVersion() {
        JsonNode node = root.get(EXPECTED_VERSION);
        if (node == null || node.isNull()) {
            errors.add(Problem.Error.of(EXPECTED_VERSION, "is required: the project's version you decided on, from "
                    + "GET /api/projects/{id}; a change made meanwhile is then refused, never merged"));
            return -1;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            errors.add(Problem.Error.of(EXPECTED_VERSION, "must be a whole number, 0 or more"));
            return -1;
        }
        return node.longValue();
    }

    /** Adds the errors of a check, except on fields that already have one. */
    void add(List<FieldError> checked) {
        for (FieldError error : checked) {
            if (errors.stream().noneMatch(e -> e.field().equals(error.field()))) {
                errors.add(Problem.Error.of(error.field(), error.message()));
            }
        }
    }

    /**
     * Refuses the request if anything was wrong.
     *
     * @throws RequestRefused (422) listing every field
     */
    void refuseIfAny() {
        if (!errors.isEmpty()) {
            throw new RequestRefused(422, "The body has " + (errors.size() == 1 ? "1 problem." : errors.size()
                    + " problems."), errors);
        }
    }
}
