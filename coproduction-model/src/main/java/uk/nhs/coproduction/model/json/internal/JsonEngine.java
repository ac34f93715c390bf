package uk.nhs.coproduction.model.json.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.model.json.JsonProblem;
import uk.nhs.coproduction.model.json.JsonResult;
import uk.nhs.coproduction.model.json.TextPosition;
import uk.nhs.coproduction.model.validation.ModelValidator;
import uk.nhs.coproduction.model.validation.ValidationResult;
import uk.nhs.coproduction.model.validation.Violation;

/**
 * Reads and writes documents: limits the size, parses with Jackson, checks the
 * {@code schemaVersion} and {@code document} fields, maps with a {@link Codec}, validates, and
 * names the line and field of every problem. Nothing partial is returned.
 */
public final class JsonEngine {

    /** The schema version this library reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private static final int MAX_NESTING = 64;
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|\\([^()]*'[^()]*\\)");

    private final int maxCharacters;
    private final boolean validating;
    private final JsonMapper mapper;
    private final ObjectWriter writer;

    /** An engine that refuses documents longer than {@code maxCharacters}, and validates if asked. */
    public JsonEngine(int maxCharacters, boolean validating) {
        if (maxCharacters < 1) {
            throw new IllegalArgumentException("the size limit must be at least 1 character");
        }
        this.maxCharacters = maxCharacters;
        this.validating = validating;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(maxCharacters)
                .maxStringLength(maxCharacters)
                .maxNestingDepth(MAX_NESTING)
                .build();
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        this.writer = mapper.writer().with(new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
    }

    /** The size limit, in characters. */
    public int maxCharacters() {
        return maxCharacters;
    }

    /** Reads a document of {@code codec}'s kind from {@code text}. */
    public <T> JsonResult<T> read(Codec<T> codec, String text) {
        if (text.length() > maxCharacters) {
            return tooLarge();
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            return new JsonResult.Refused<>(List.of(malformed(e)));
        }
        if (root == null || root.isMissingNode()) {
            return new JsonResult.Refused<>(List.of(new JsonProblem("", null, "the document is empty")));
        }
        Problems problems = new Problems();
        Fields fields = Fields.of(root, "", problems);
        T value = null;
        if (!problems.any()) {
            checkHeader(fields, codec.documentName());
            if (!problems.any()) {
                value = codec.read(fields);
                fields.end();
            }
        }
        if (problems.any() || value == null) {
            if (!problems.any()) {
                problems.add("", "the document could not be read");
            }
            return rejected(problems.all(), text);
        }
        if (validating) {
            ValidationResult<T> validation = ModelValidator.standard().validate(value);
            if (!validation.isAccepted()) {
                List<Problems.At> violations = new ArrayList<>();
                for (Violation violation : validation.problems()) {
                    violations.add(new Problems.At(violation.path(), violation.message()));
                }
                return rejected(violations, text);
            }
        }
        return new JsonResult.Accepted<>(value);
    }

    private static void checkHeader(Fields fields, String documentName) {
        Integer version = fields.integer("schemaVersion");
        if (version != null && version != SCHEMA_VERSION) {
            fields.problem("schemaVersion", "must be " + SCHEMA_VERSION + ": this library reads schema version "
                    + SCHEMA_VERSION + " only");
        }
        String document = fields.text("document");
        if (document != null && !document.equals(documentName)) {
            fields.problem("document", "must be \"" + documentName + "\" for this kind of document");
        }
    }

    /**
     * Reads at most one character more than the limit from {@code reader}.
     *
     * @return the text, or null if it is longer than the limit
     */
    public @Nullable String readLimited(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int read;
        while ((read = reader.read(buffer)) != -1) {
            text.append(buffer, 0, read);
            if (text.length() > maxCharacters) {
                return null;
            }
        }
        return text.toString();
    }

    /** The rejection of a document longer than the limit. */
    public <T> JsonResult<T> tooLarge() {
        return new JsonResult.Refused<>(List.of(new JsonProblem("", null,
                "the document is larger than the limit of " + maxCharacters + " characters")));
    }

    /**
     * Writes {@code value} as a document of {@code codec}'s kind: indented by two spaces, one
     * value a line, with Unix line endings and a final new line, the same on every platform.
     */
    public <T> String write(Codec<T> codec, T value) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("document", codec.documentName());
        codec.write(value, root);
        return writer.writeValueAsString(root) + "\n";
    }

    /** A new empty object node, for codecs. */
    public ObjectNode objectNode() {
        return mapper.createObjectNode();
    }

    private <T> JsonResult<T> rejected(List<Problems.At> found, String text) {
        LocationIndex index = LocationIndex.of(mapper, text);
        List<JsonProblem> problems = found.stream()
                .map(p -> new JsonProblem(p.path(), index.positionOf(p.path()), p.message()))
                .toList();
        return new JsonResult.Refused<>(problems);
    }

    /**
     * A problem for text that is not well-formed JSON. Jackson's own message quotes the text it
     * met, which may be personal data, so quoted parts are left out.
     */
    private static JsonProblem malformed(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        TextPosition position = location != null && location.getLineNr() >= 1 && location.getColumnNr() >= 1
                ? new TextPosition(location.getLineNr(), location.getColumnNr())
                : null;
        String message;
        if (e instanceof StreamConstraintsException) {
            message = "the document is too large or too deeply nested to read";
        } else if (e instanceof UnexpectedEndOfInputException) {
            message = "the document ends too early: a bracket, brace or quote is not closed";
        } else if (e instanceof StreamReadException) {
            message = "not well-formed JSON: " + withoutQuotedText(e.getOriginalMessage());
        } else if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            message = "not well-formed JSON: there is more text after the end of the document";
        } else {
            message = "not well-formed JSON";
        }
        return new JsonProblem("", position, message);
    }

    private static String withoutQuotedText(@Nullable String message) {
        if (message == null) {
            return "unexpected text";
        }
        String firstLine = message.lines().findFirst().orElse("");
        return QUOTED.matcher(firstLine).replaceAll("…");
    }
}
