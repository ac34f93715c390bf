package uk.nhs.coproduction.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.healthcheck.HealthCheck;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.json.internal.BundledFrameworks;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.testing.Samples;

/** What the library writes is pinned by golden files, and reads back to the same value. */
class GoldenFilesTest {

    private final CoproductionJson json = CoproductionJson.standard();

    @Test
    void aPartnershipIsWrittenExactlyAsTheGoldenFileAndReadsBack() throws IOException {
        Partnership partnership = Samples.calmAtNight();

        Golden.assertMatches("partnership-calm-at-night.json", json.write(DocumentType.PARTNERSHIP, partnership));
        assertThat(json.read(DocumentType.PARTNERSHIP, Golden.read("partnership-calm-at-night.json")))
                .isEqualTo(new JsonResult.Accepted<>(partnership));
    }

    @Test
    void aMinimalPartnershipIsWrittenExactlyAsTheGoldenFile() throws IOException {
        Golden.assertMatches("partnership-minimal.json", json.write(DocumentType.PARTNERSHIP, Samples.minimal()));
    }

    @Test
    void aHandWrittenPartnershipMayLeaveOutOptionalFields() throws IOException {
        Partnership partnership = json.read(DocumentType.PARTNERSHIP, Golden.read("partnership-hand-written.json"))
                .orElseThrow();

        assertThat(partnership.whatMatters()).isEmpty();
        assertThat(partnership.decisions()).isEmpty();
        assertThat(partnership.practices()).isEmpty();
        assertThat(partnership.members()).allSatisfy(m -> assertThat(m.reciprocity().gives()).isEmpty());
        assertThat(partnership.member(Samples.id("P-1")).orElseThrow().involvementLevel()).isNull();
    }

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("health-check-report-calm-at-night.json", Samples.calmAtNight()),
                Arguments.of("health-check-report-minimal.json", Samples.minimal()));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void healthCheckReportsAreWrittenExactlyAsTheGoldenFilesAndReadBack(String golden, Partnership partnership)
            throws IOException {
        HealthCheckReport report = HealthCheck.standard().check(partnership);

        Golden.assertMatches(golden, json.write(DocumentType.HEALTH_CHECK_REPORT, report));
        assertThat(json.read(DocumentType.HEALTH_CHECK_REPORT, Golden.read(golden)).orElseThrow()).isEqualTo(report);
    }

    static Stream<Arguments> bundled() {
        Frameworks frameworks = Frameworks.bundled();
        return Stream.of(
                Arguments.of(BundledFrameworks.COPRODUCTION_MODEL,
                        CoproductionJson.standard().write(DocumentType.COPRODUCTION_MODEL, frameworks.coproductionModel())),
                Arguments.of(BundledFrameworks.LADDER,
                        CoproductionJson.standard().write(DocumentType.LADDER_OF_PARTICIPATION, frameworks.ladder())),
                Arguments.of(BundledFrameworks.STATUTORY_GUIDANCE,
                        CoproductionJson.standard().write(DocumentType.STATUTORY_GUIDANCE, frameworks.statutoryGuidance())),
                Arguments.of(BundledFrameworks.PPV_PARTNER_POLICY,
                        CoproductionJson.standard().write(DocumentType.PPV_PARTNER_POLICY, frameworks.ppvPartnerPolicy())),
                Arguments.of(BundledFrameworks.ALIGNMENT_MODEL,
                        CoproductionJson.standard().write(DocumentType.ALIGNMENT_MODEL, frameworks.alignmentModel())));
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void eachBundledFrameworkFileIsItsOwnGoldenFile(String resource, String written) {
        assertThat(written).as("writing the loaded edition of %s gives the file back byte for byte", resource)
                .isEqualTo(BundledFrameworks.text(resource));
    }

    @Test
    void documentTypesAreNamedAndKnowTheirSchemas() {
        assertThat(DocumentType.named("partnership")).contains(DocumentType.PARTNERSHIP);
        assertThat(DocumentType.named("nonsense")).isEmpty();
        assertThat(DocumentType.values()).hasSize(7);
        assertThat(DocumentType.PARTNERSHIP.jsonSchema()).get().asString().contains("\"partnership\"");
        assertThat(DocumentType.LADDER_OF_PARTICIPATION.jsonSchema()).get().asString().contains("ladder-of-participation");
        assertThat(DocumentType.HEALTH_CHECK_REPORT.jsonSchema()).isEmpty();
        assertThat(DocumentType.PARTNERSHIP.valueType()).isEqualTo(Partnership.class);
    }
}
