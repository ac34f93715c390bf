package uk.nhs.coproduction.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.model.alignment.Alignment;
import uk.nhs.coproduction.model.alignment.Region;
import uk.nhs.coproduction.model.framework.CoproductionModel;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.healthcheck.HealthCheck;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.json.CoproductionJson;
import uk.nhs.coproduction.model.json.DocumentType;
import uk.nhs.coproduction.model.json.JsonResult;
import uk.nhs.coproduction.model.ladder.LadderRung;
import uk.nhs.coproduction.model.partner.Partner;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.Contribution;
import uk.nhs.coproduction.model.partnership.Decision;
import uk.nhs.coproduction.model.partnership.DecisionMaking;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.partnership.Reciprocity;
import uk.nhs.coproduction.model.partnership.Stage;
import uk.nhs.coproduction.model.partnership.Support;
import uk.nhs.coproduction.model.partnership.WhatMatters;
import uk.nhs.coproduction.model.validation.ModelValidator;
import uk.nhs.coproduction.model.validation.ValidationResult;
import uk.nhs.coproduction.testing.sources.ReadmeSnippets;

/**
 * The README's "co-production model" examples, exactly as printed there with their imports,
 * compile against the public API and do what the README says.
 */
class ReadmeExamplesTest {

    private static final Path SOURCE = Path.of("src", "test", "java", "uk", "nhs", "coproduction", "model",
            "ReadmeExamplesTest.java");

    @AfterEach
    void removeTheExamplesFile() throws IOException {
        Files.deleteIfExists(Path.of("our-model.json"));
    }

    @Test
    void everyJavaExampleInTheReadmeStartsWithItsImports() throws IOException {
        List<List<String>> blocks = ReadmeSnippets.javaBlocks();

        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
        assertThat(blocks).allSatisfy(block -> assertThat(block.get(0)).startsWith("import "));
    }

    @Test
    void thePartnershipExampleIsThisTest() throws IOException {
        ReadmeSnippets.assertShownIn("Partnership partnership = Partnership.started(", SOURCE);
    }

    @Test
    void theOwnEditionExampleIsThisTest() throws IOException {
        ReadmeSnippets.assertShownIn("CoproductionJson json = CoproductionJson.standard();", SOURCE);
    }

    @Test
    void thePartnershipExample() {
        Partnership partnership = Partnership.started("Calm at night on ward 7", LocalDate.of(2026, 1, 12))
                .withMember(Member.joined(Partner.of(PartnerId.of("P-01"), Role.PATIENT), Stage.DISCOVERY)
                        .withReciprocity(Reciprocity.of(Set.of(Contribution.LIVED_EXPERIENCE), Set.of(Support.EXPENSES))))
                .withMember(Member.joined(Partner.of(PartnerId.of("S-01"), Role.FRONT_LINE_STAFF), Stage.DISCOVERY))
                .withWhatMatters(WhatMatters.saidBy(LocalDate.of(2026, 1, 15), "I want to sleep at night.",
                        Set.of(PartnerId.of("P-01"))))
                .withDecision(Decision.of(LocalDate.of(2026, 1, 22), Stage.DESIGN, "Quiet-hours checklist",
                        DecisionMaking.SHARED, Set.of(PartnerId.of("P-01"), PartnerId.of("S-01"))));

        ValidationResult<Partnership> valid = ModelValidator.standard().validate(partnership);   // Accepted | Refused(problems)
        HealthCheckReport report = HealthCheck.standard().check(partnership);
        report.ladder().rung();      // CO_DESIGNING, with report.ladder().reason()
        report.actions();            // findings that need action, most serious first
        Alignment.classify(partnership, report.ladder().rung()).region();

        String text = CoproductionJson.standard().write(DocumentType.PARTNERSHIP, partnership);
        JsonResult<Partnership> back = CoproductionJson.standard().read(DocumentType.PARTNERSHIP, text);

        assertThat(valid.isAccepted()).isTrue();
        assertThat(report.ladder().rung()).isEqualTo(LadderRung.CO_DESIGNING);
        assertThat(report.ladder().reason()).isNotBlank();
        assertThat(report.actions()).isNotEmpty();
        assertThat(Alignment.classify(partnership, report.ladder().rung()).region()).isEqualTo(Region.CO_PRODUCED_INSIGHT);
        assertThat(back).isEqualTo(new JsonResult.Accepted<>(partnership));
    }

    @Test
    void theOwnEditionExample() throws IOException {
        CoproductionJson json = CoproductionJson.standard();   // reading and writing files throws IOException
        Files.writeString(Path.of("our-model.json"),
                json.write(DocumentType.COPRODUCTION_MODEL, Frameworks.bundled().coproductionModel()));
        // ... edit our-model.json: publisher, edition, date, wording, confidence ...
        CoproductionModel ours = json.read(DocumentType.COPRODUCTION_MODEL, Path.of("our-model.json")).orElseThrow();
        HealthCheck check = HealthCheck.using(Frameworks.bundled().withCoproductionModel(ours));

        assertThat(ours).isEqualTo(Frameworks.bundled().coproductionModel());
        assertThat(check.frameworks().coproductionModel()).isEqualTo(ours);
    }
}
