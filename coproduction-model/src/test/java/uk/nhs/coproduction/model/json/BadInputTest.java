package uk.nhs.coproduction.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.model.partnership.Partnership;

/**
 * Every kind of bad input is rejected whole, with problems that name the line and field and never
 * repeat the document's values.
 */
class BadInputTest {

    private final CoproductionJson json = CoproductionJson.standard();

    /** A valid partnership document, one field a line, so tests can break one line at a time. */
    private static final String VALID = """
            {
              "schemaVersion": 1,
              "document": "partnership",
              "title": "Calm at night",
              "startedOn": "2026-01-12",
              "members": [
                {
                  "partner": {
                    "id": "P-01",
                    "roles": ["PATIENT"],
                    "personalDetails": { "name": "Ada Example" }
                  },
                  "joinedAt": "DISCOVERY"
                },
                {
                  "partner": { "id": "S-01", "roles": ["FRONT_LINE_STAFF"] },
                  "joinedAt": "DISCOVERY"
                }
              ]
            }
            """;

    private JsonResult<Partnership> read(String text) {
        return json.read(DocumentType.PARTNERSHIP, text);
    }

    private static JsonProblem onlyProblem(JsonResult<?> result) {
        assertThat(result).isInstanceOf(JsonResult.Refused.class);
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    @Test
    void theValidDocumentIsAccepted() {
        assertThat(read(VALID).isAccepted()).isTrue();
    }

    @Test
    void malformedJsonNamesItsLineAndNeverQuotesTheText() {
        String broken = VALID.replace("\"name\": \"Ada Example\"", "\"name\": Ada Example");

        JsonProblem problem = onlyProblem(read(broken));

        assertThat(problem.position()).isNotNull();
        assertThat(problem.position().line()).isEqualTo(11);
        assertThat(problem.message()).startsWith("not well-formed JSON").doesNotContain("Ada");
        assertThat(problem.describe()).startsWith("line 11, column ");
    }

    @Test
    void aDocumentThatEndsTooEarlyIsRejected() {
        JsonProblem problem = onlyProblem(read(VALID.substring(0, VALID.lastIndexOf(']'))));

        assertThat(problem.message()).contains("ends too early");
        assertThat(problem.position()).isNotNull();
    }

    @Test
    void anUnknownEnumValueNamesTheFieldTheLineAndTheAcceptedValues() {
        String broken = VALID.replace("\"roles\": [\"PATIENT\"]", "\"roles\": [\"DOCTOR\"]");

        JsonProblem problem = onlyProblem(read(broken));

        assertThat(problem.field()).isEqualTo("members[0].partner.roles[0]");
        assertThat(problem.position().line()).isEqualTo(10);
        assertThat(problem.message()).startsWith("must be one of PATIENT, SERVICE_USER").doesNotContain("DOCTOR");
    }

    @Test
    void aMissingRequiredFieldIsNamedAtTheLineOfItsObject() {
        String broken = VALID.replace("  \"startedOn\": \"2026-01-12\",\n", "");
        String brokenInside = VALID.replace(",\n      \"joinedAt\": \"DISCOVERY\"\n    },\n    {", "\n    },\n    {");

        JsonProblem problem = onlyProblem(read(broken));
        JsonProblem inside = onlyProblem(read(brokenInside));

        assertThat(problem.field()).isEqualTo("startedOn");
        assertThat(problem.message()).isEqualTo("is required but missing");
        assertThat(problem.position().line()).isEqualTo(1);
        assertThat(inside.field()).isEqualTo("members[0].joinedAt");
        assertThat(inside.position().line()).as("the line where members[0] starts").isEqualTo(7);
    }

    @Test
    void aDocumentLargerThanTheLimitIsRejectedUnread() throws IOException {
        CoproductionJson small = json.withMaxCharacters(100);

        JsonProblem fromText = onlyProblem(small.read(DocumentType.PARTNERSHIP, VALID));
        JsonProblem fromReader = onlyProblem(small.read(DocumentType.PARTNERSHIP, new StringReader(VALID)));

        assertThat(fromText.message()).isEqualTo("the document is larger than the limit of 100 characters");
        assertThat(fromText.position()).isNull();
        assertThat(fromReader).isEqualTo(fromText);
    }

    @Test
    void aHugeStringInsideASmallEnoughDocumentIsStillRefused() {
        CoproductionJson limited = json.withMaxCharacters(VALID.length() + 5_000);
        String huge = VALID.replace("Calm at night", "x".repeat(4_000));

        assertThat(read(huge).problems()).extracting(JsonProblem::field).contains("title");
        assertThat(limited.read(DocumentType.PARTNERSHIP, huge).problems())
                .extracting(JsonProblem::message).containsExactly("must have between 0 and 200 items or characters");
    }

    @Test
    void deeplyNestedInputIsRefused() {
        String deep = "[".repeat(500) + "]".repeat(500);

        JsonProblem problem = onlyProblem(read(deep));

        assertThat(problem.message()).isEqualTo("the document is too large or too deeply nested to read");
    }

    @Test
    void unknownFieldsAreNamedSoTyposAreCaught() {
        String broken = VALID.replace("\"title\"", "\"titel\"");

        assertThat(read(broken).problems()).extracting(JsonProblem::field, JsonProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("title", "is required but missing"),
                org.assertj.core.groups.Tuple.tuple("titel", "is not a field of this object"));
    }

    @Test
    void theWrongTypeIsNamed() {
        String broken = VALID.replace("\"roles\": [\"PATIENT\"]", "\"roles\": \"PATIENT\"");

        JsonProblem problem = onlyProblem(read(broken));

        assertThat(problem.field()).isEqualTo("members[0].partner.roles");
        assertThat(problem.message()).isEqualTo("must be a list, in square brackets [ ]");
    }

    @Test
    void anImpossibleDateIsNamed() {
        JsonProblem problem = onlyProblem(read(VALID.replace("2026-01-12", "2026-02-30")));

        assertThat(problem.field()).isEqualTo("startedOn");
        assertThat(problem.message()).contains("real date");
    }

    @Test
    void anotherSchemaVersionOrDocumentIsRefused() {
        assertThat(onlyProblem(read(VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"))).message())
                .isEqualTo("must be 1: this library reads schema version 1 only");
        assertThat(onlyProblem(read(VALID.replace("\"document\": \"partnership\"", "\"document\": \"ladder\""))).field())
                .isEqualTo("document");
    }

    @Test
    void anIdThatCouldBeAnNhsNumberIsRefusedWithoutRepeatingIt() {
        JsonProblem problem = onlyProblem(read(VALID.replace("\"P-01\"", "\"9434765919\"")));

        assertThat(problem.field()).isEqualTo("members[0].partner.id");
        assertThat(problem.toString()).contains("NHS number").doesNotContain("9434765919");
    }

    @Test
    void aBrokenConstraintNamesItsFieldAndLine() {
        String broken = VALID.replace("\"roles\": [\"FRONT_LINE_STAFF\"]", "\"roles\": [\"PATIENT\"]")
                .replace("\"title\": \"Calm at night\"", "\"title\": \" \"");

        List<JsonProblem> problems = read(broken).problems();

        assertThat(problems).extracting(JsonProblem::field).containsExactly("", "title");
        assertThat(problems.get(0).message()).contains("lived experience and a different person who is a member of staff");
        assertThat(problems.get(1).position().line()).isEqualTo(4);
    }

    @Test
    void draftsCanBeReadWithoutValidation() {
        String draft = VALID.replace("\"roles\": [\"FRONT_LINE_STAFF\"]", "\"roles\": [\"PATIENT\"]");

        assertThat(read(draft).isAccepted()).isFalse();
        assertThat(json.withoutValidation().read(DocumentType.PARTNERSHIP, draft).isAccepted()).isTrue();
    }

    @Test
    void duplicateFieldsTrailingTextAndEmptyDocumentsAreRefused() {
        assertThat(onlyProblem(read(VALID.replace("\"title\": \"Calm at night\",",
                "\"title\": \"Calm at night\", \"title\": \"Again\",")))
                .message()).startsWith("not well-formed JSON").doesNotContain("Again");
        assertThat(onlyProblem(read(VALID + "{}")).message())
                .isEqualTo("not well-formed JSON: there is more text after the end of the document");
        assertThat(onlyProblem(read("")).message()).isEqualTo("the document is empty");
        assertThat(onlyProblem(read("[]")).message()).isEqualTo("must be an object, in braces { }");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin1.json");
        Files.write(file, VALID.replace("Calm", "Cälm").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(onlyProblem(json.read(DocumentType.PARTNERSHIP, file)).message()).isEqualTo("the file is not UTF-8 text");
    }

    @Test
    void aFileWithAByteOrderMarkIsRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bom.json");
        Files.writeString(file, "\uFEFF" + VALID);

        assertThat(json.read(DocumentType.PARTNERSHIP, file).isAccepted()).isTrue();
    }

    @Test
    void aLargeFileIsRejectedBeforeItIsRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("large.json");
        Files.writeString(file, " ".repeat(500) + VALID);

        assertThat(onlyProblem(json.withMaxCharacters(100).read(DocumentType.PARTNERSHIP, file)).message())
                .contains("larger than the limit");
    }

    @Test
    void orElseThrowListsEveryProblemWithoutTheValues() {
        String broken = VALID.replace("\"roles\": [\"PATIENT\"]", "\"roles\": [\"Ada Example\"]");

        assertThatThrownBy(() -> read(broken).orElseThrow())
                .isInstanceOf(JsonDocumentException.class)
                .hasMessageStartingWith("The JSON document was refused (1 problem):")
                .hasMessageContaining("line 10, column")
                .hasMessageNotContaining("Ada")
                .satisfies(e -> assertThat(((JsonDocumentException) e).problems()).hasSize(1));
    }
}
