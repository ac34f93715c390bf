package uk.nhs.coproduction.model.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import uk.nhs.coproduction.model.json.internal.JsonEngine;

/**
 * Reads and writes the library's JSON documents with Jackson: partnerships, framework editions
 * and health-check reports.
 *
 * <pre>{@code
 * CoproductionJson json = CoproductionJson.standard();
 * JsonResult<Partnership> result = json.read(DocumentType.PARTNERSHIP, Path.of("partnership.json"));
 * if (result instanceof JsonResult.Refused<Partnership> refused) {
 *     refused.problems().forEach(p -> System.err.println(p.describe())); // "line 12, column 9, members[1]…"
 * }
 * String text = json.write(DocumentType.PARTNERSHIP, partnership);
 * }</pre>
 *
 * <p>Reading either returns the whole value, valid, or refuses the document with every problem
 * found: not well-formed JSON, a missing required field, an unknown field or value, the wrong
 * {@code schemaVersion}, a document larger than the limit, or a broken validation constraint.
 * Each problem names its field and, where it has one, its line and column; none repeats the
 * document's values. Writing is deterministic: the same value always gives the same text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CoproductionJson {

    /** The schema version this library reads and writes. */
    public static final int SCHEMA_VERSION = JsonEngine.SCHEMA_VERSION;

    /** The default limit on a document's size: two million characters. */
    public static final int DEFAULT_MAX_CHARACTERS = 2_000_000;

    private final JsonEngine engine;
    private final boolean validating;

    private CoproductionJson(int maxCharacters, boolean validating) {
        this.engine = new JsonEngine(maxCharacters, validating);
        this.validating = validating;
    }

    /**
     * Reads and writes with the default size limit, validating what it reads.
     *
     * @return a reader and writer with the default size limit that validates what it reads
     */
    public static CoproductionJson standard() {
        return new CoproductionJson(DEFAULT_MAX_CHARACTERS, true);
    }

    /**
     * {@return a copy that rejects documents longer than {@code maxCharacters}}
     *
     * @param maxCharacters the longest document accepted, in characters
     */
    public CoproductionJson withMaxCharacters(int maxCharacters) {
        return new CoproductionJson(maxCharacters, validating);
    }

    /**
     * {@return a copy that checks only the structure of what it reads, not the validation
     * constraints: for drafts, such as a new partnership with only staff in it so far. Validate
     * such a value later with {@link uk.nhs.coproduction.model.validation.ModelValidator}}
     */
    public CoproductionJson withoutValidation() {
        return new CoproductionJson(engine.maxCharacters(), false);
    }

    /**
     * Reads a document of kind {@code type} from {@code text}.
     *
     * @param <T> the Java type the document holds
     * @param type the kind of document
     * @param text the document's text
     * @return the value, or every problem found, each with its line and field
     */
    public <T> JsonResult<T> read(DocumentType<T> type, String text) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        return engine.read(type.codec, text);
    }

    /**
     * Reads a document of kind {@code type} from {@code reader}, reading no more than one
     * character past the size limit.
     *
     * @param <T> the Java type the document holds
     * @param type the kind of document
     * @param reader where the document's text comes from; not closed
     * @return the value, or every problem found, each with its line and field
     * @throws IOException if the reader fails
     */
    public <T> JsonResult<T> read(DocumentType<T> type, Reader reader) throws IOException {
        Objects.requireNonNull(type, "type");
        String text = engine.readLimited(Objects.requireNonNull(reader, "reader"));
        return text == null ? engine.tooLarge() : engine.read(type.codec, text);
    }

    /**
     * Reads a document of kind {@code type} from a UTF-8 file.
     *
     * @param <T> the Java type the document holds
     * @param type the kind of document
     * @param file the file to read
     * @return the value, or every problem found, each with its line and field
     * @throws IOException if the file cannot be read
     */
    public <T> JsonResult<T> read(DocumentType<T> type, Path file) throws IOException {
        Objects.requireNonNull(type, "type");
        // A UTF-8 character takes at most four bytes: anything longer is over the limit unread.
        if (Files.size(file) > 4L * engine.maxCharacters()) {
            return engine.tooLarge();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            return new JsonResult.Refused<>(List.of(new JsonProblem("", null, "the file is not UTF-8 text")));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return engine.read(type.codec, text);
    }

    /**
     * Writes {@code value} as a document of kind {@code type}: pretty-printed, ending with a new line.
     *
     * @param <T> the Java type the document holds
     * @param type the kind of document
     * @param value the value to write
     * @return the document's text
     */
    public <T> String write(DocumentType<T> type, T value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        return engine.write(type.codec, value);
    }

    /**
     * Writes {@code value} as a document of kind {@code type} to a UTF-8 file, replacing it.
     *
     * @param <T> the Java type the document holds
     * @param type the kind of document
     * @param value the value to write
     * @param file the file to write; created or replaced
     * @throws IOException if the file cannot be written
     */
    public <T> void write(DocumentType<T> type, T value, Path file) throws IOException {
        Files.writeString(file, write(type, value), StandardCharsets.UTF_8);
    }
}
