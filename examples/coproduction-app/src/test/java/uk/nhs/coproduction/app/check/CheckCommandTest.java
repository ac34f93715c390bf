package uk.nhs.coproduction.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.app.CommandLineRun;
import uk.nhs.coproduction.model.healthcheck.HealthCheck;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.json.CoproductionJson;
import uk.nhs.coproduction.model.json.DocumentType;
import uk.nhs.coproduction.model.partner.PersonalDetails;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.Partnership;

/** {@code check PARTNERSHIP.json [--json]}: exit statuses, output and bad input. */
class CheckCommandTest {

    @TempDir
    Path folder;

    private final CoproductionJson json = CoproductionJson.standard();

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String sampleText() {
        return json.write(DocumentType.PARTNERSHIP, ModelOverview.samplePartnership());
    }

    @Test
    void aValidPartnershipGetsAReadableReport() throws IOException {
        CommandLineRun run = CommandLineRun.of("check", write("p.json", sampleText()).toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Health check: Going home from the stroke ward")
                .contains("Ladder of participation: Co-designing", "[ADVICE]", "Based on: ");
    }

    @Test
    void withJsonItPrintsTheHealthCheckReportDocument() throws IOException {
        CommandLineRun run = CommandLineRun.of("check", "--json", write("p.json", sampleText()).toString());

        assertThat(run.status()).isZero();
        HealthCheckReport printed = json.read(DocumentType.HEALTH_CHECK_REPORT, run.out()).orElseThrow();
        assertThat(printed).isEqualTo(HealthCheck.standard().check(ModelOverview.samplePartnership()));
    }

    @Test
    void malformedJsonExitsWithTwoNamingTheLine() throws IOException {
        String broken = sampleText().replace("\"title\": \"Going", "\"title\": Going");

        CommandLineRun run = CommandLineRun.of("check", write("broken.json", broken).toString());

        assertThat(run.status()).isEqualTo(CheckCommand.BAD_INPUT).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("is not a valid partnership document (1 problem):")
                .contains("line 4, column").contains("not well-formed JSON");
    }

    @Test
    void anUnknownValueExitsWithTwoNamingTheFieldAndLine() throws IOException {
        String broken = sampleText().replaceFirst("\"PATIENT\"", "\"SURGEON\"");

        CommandLineRun run = CommandLineRun.of("check", write("broken.json", broken).toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("members[0].partner.roles[0]: must be one of PATIENT").contains("line ");
        assertThat(run.err()).doesNotContain("SURGEON");
    }

    @Test
    void aMissingFieldAndABrokenConstraintAreAllListed() throws IOException {
        String broken = sampleText().replace("  \"startedOn\": \"2026-02-02\",\n", "")
                .replace("\"summary\": \"Test the card with five patients next week\"", "\"summary\": \"\"");

        CommandLineRun run = CommandLineRun.of("check", write("broken.json", broken).toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("startedOn: is required but missing");
    }

    @Test
    void impossibleDatesExitWithTwoNamingTheirFields() throws IOException {
        String broken = sampleText()
                .replace("\"decidedOn\": \"2026-02-16\"", "\"decidedOn\": \"2026-01-30\"")
                .replace("\"decidedOn\": \"2026-04-06\"", "\"decidedOn\": \"2999-04-06\"")
                .replace("\"consentGivenOn\": \"2026-02-02\"", "\"consentGivenOn\": \"2999-02-02\"");

        CommandLineRun run = CommandLineRun.of("check", write("broken.json", broken).toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("(3 problems)")
                .contains("decisions[0].decidedOn: must not be before the partnership started")
                .contains("decisions[2].decidedOn: must not be in the future")
                .contains("members[0].partner.communityInformation.consentGivenOn: must not be in the future")
                .doesNotContain("2999");
    }

    @Test
    void aMissingFileExitsWithTwo() {
        CommandLineRun run = CommandLineRun.of("check", folder.resolve("nowhere.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("there is no such file");
    }

    @Test
    void noFileIsAUsageErrorWithStatusTwo() {
        CommandLineRun run = CommandLineRun.of("check");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'PARTNERSHIP.json'");
    }

    @Test
    void theReportNeverShowsPartnersNamesOrContacts() throws IOException {
        Partnership sample = ModelOverview.samplePartnership();
        Member first = sample.members().get(0);
        Partnership named = sample.withMemberReplaced(first.withPartner(first.partner().withPersonalDetails(
                new PersonalDetails("Invented Person", "invented@example.org", null))));

        CommandLineRun text = CommandLineRun.of("check",
                write("named.json", json.write(DocumentType.PARTNERSHIP, named)).toString());
        CommandLineRun asJson = CommandLineRun.of("check", "--json",
                write("named.json", json.write(DocumentType.PARTNERSHIP, named)).toString());

        assertThat(text.out() + asJson.out()).doesNotContain("Invented Person", "invented@example.org");
    }

    @Test
    void helpDescribesTheCommandAndItsExitStatus() {
        CommandLineRun run = CommandLineRun.of("check", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: coproduction-app check", "--json", "Exit status: 0 report printed; 2");
    }
}
