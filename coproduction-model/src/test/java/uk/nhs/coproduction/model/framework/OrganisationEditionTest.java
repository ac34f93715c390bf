package uk.nhs.coproduction.model.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.model.healthcheck.HealthCheck;
import uk.nhs.coproduction.model.healthcheck.Rule;
import uk.nhs.coproduction.model.healthcheck.Severity;
import uk.nhs.coproduction.model.json.CoproductionJson;
import uk.nhs.coproduction.model.json.DocumentType;
import uk.nhs.coproduction.model.json.JsonProblem;
import uk.nhs.coproduction.model.json.JsonResult;
import uk.nhs.coproduction.model.partnership.InvolvementLevel;
import uk.nhs.coproduction.model.testing.Samples;

/** An organisation can load its own edition of a framework and use it instead of the bundled one. */
class OrganisationEditionTest {

    private final CoproductionJson json = CoproductionJson.standard();

    @Test
    void anOrganisationsOwnWordingOfTheModelLoadsAndReplacesTheBundledEdition(@TempDir Path folder) throws IOException {
        String bundledText = json.write(DocumentType.COPRODUCTION_MODEL, Frameworks.bundled().coproductionModel());
        String ours = bundledText
                .replace("\"publisher\": \"Coalition for Collaborative Care\",\n    \"edition\"",
                        "\"publisher\": \"Example NHS Foundation Trust\",\n    \"edition\"")
                .replace("Share learning", "Tell people what changed");
        Path file = folder.resolve("our-model.json");
        Files.writeString(file, ours);

        CoproductionModel model = json.read(DocumentType.COPRODUCTION_MODEL, file).orElseThrow();
        Frameworks frameworks = Frameworks.bundled().withCoproductionModel(model);

        assertThat(frameworks.coproductionModel().edition().publisher()).isEqualTo("Example NHS Foundation Trust");
        assertThat(frameworks.coproductionModel().step(CoproductionStep.Key.SHARE_LEARNING)).get()
                .extracting(CoproductionStep::name).isEqualTo("Tell people what changed");
        assertThat(frameworks.ladder()).isSameAs(Frameworks.bundled().ladder());
    }

    @Test
    void anEditionThatLeavesOutAValueIsRejectedNamingTheListAndWhatIsMissing() {
        String bundledText = json.write(DocumentType.COPRODUCTION_MODEL, Frameworks.bundled().coproductionModel());
        int start = bundledText.indexOf("    {\n      \"key\": \"CLEAR_COMMUNICATION\"");
        int end = bundledText.indexOf("    {\n      \"key\": \"VALUED_RESPECTED\"");
        String withoutOne = bundledText.substring(0, start) + bundledText.substring(end);

        JsonResult<CoproductionModel> result = json.read(DocumentType.COPRODUCTION_MODEL, withoutOne);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("values");
            assertThat(problem.message()).contains("missing CLEAR_COMMUNICATION");
            assertThat(problem.position()).isNotNull();
        });
    }

    @Test
    void anOrganisationsOwnPaymentPolicyChangesWhoTheHealthCheckExpectsToBeOffered() {
        PpvPartnerPolicy bundled = Frameworks.bundled().ppvPartnerPolicy();
        PpvPartnerPolicy paysLevelThree = new PpvPartnerPolicy(bundled.edition(), bundled.levels().stream()
                .map(l -> l.level() == InvolvementLevel.LEVEL_3
                        ? new LevelDefinition(l.level(), l.name(), l.description(),
                                PaymentEntitlement.EXPENSES_AND_INVOLVEMENT_PAYMENT, null)
                        : l)
                .toList(), bundled.rates());
        // Samples.minimal() has a Level 3 patient who is not offered a payment.
        HealthCheck standard = HealthCheck.standard();
        HealthCheck ours = HealthCheck.using(Frameworks.bundled().withPpvPartnerPolicy(paysLevelThree));

        assertThat(standard.check(Samples.minimal()).finding(Rule.RECIPROCITY)).get()
                .extracting(f -> f.severity()).isEqualTo(Severity.STRENGTH);
        assertThat(ours.check(Samples.minimal()).finding(Rule.RECIPROCITY)).get()
                .extracting(f -> f.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void problemsInAnEditionNameTheirLine() {
        String broken = json.write(DocumentType.LADDER_OF_PARTICIPATION, Frameworks.bundled().ladder())
                .replace("\"rung\": \"ENGAGING\"", "\"rung\": \"INVOLVING\"");

        JsonResult<LadderOfParticipation> result = json.read(DocumentType.LADDER_OF_PARTICIPATION, broken);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("rungs[4].rung");
            assertThat(problem.position()).isNotNull();
            assertThat(lineOf(broken, "INVOLVING")).isEqualTo(problem.position().line());
        });
        assertThat(result.problems()).extracting(JsonProblem::message).allMatch(m -> !m.contains("INVOLVING"));
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
