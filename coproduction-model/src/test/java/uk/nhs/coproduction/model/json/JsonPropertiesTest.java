package uk.nhs.coproduction.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.nhs.coproduction.model.healthcheck.HealthCheck;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.testing.PartnershipArbitraries;

/** Laws of the JSON mapping, over arbitrary valid partnerships. */
class JsonPropertiesTest {

    private final CoproductionJson json = CoproductionJson.standard();

    @Provide
    Arbitrary<Partnership> valid() {
        return PartnershipArbitraries.validPartnerships();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void readingWhatWasWrittenGivesTheSamePartnership(@ForAll("valid") Partnership partnership) {
        String text = json.write(DocumentType.PARTNERSHIP, partnership);

        assertThat(json.read(DocumentType.PARTNERSHIP, text)).isEqualTo(new JsonResult.Accepted<>(partnership));
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void writingIsDeterministic(@ForAll("valid") Partnership partnership) {
        String text = json.write(DocumentType.PARTNERSHIP, partnership);
        Partnership again = json.read(DocumentType.PARTNERSHIP, text).orElseThrow();

        assertThat(json.write(DocumentType.PARTNERSHIP, again)).isEqualTo(text);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void healthCheckReportsRoundTrip(@ForAll("valid") Partnership partnership) {
        HealthCheckReport report = HealthCheck.standard().check(partnership);

        String text = json.write(DocumentType.HEALTH_CHECK_REPORT, report);

        assertThat(json.read(DocumentType.HEALTH_CHECK_REPORT, text).orElseThrow()).isEqualTo(report);
        assertThat(text).as("a report holds no personal details").doesNotContain("personalDetails", "@example.org");
    }
}
