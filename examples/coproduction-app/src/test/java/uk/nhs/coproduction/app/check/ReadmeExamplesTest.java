package uk.nhs.coproduction.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/** The README's code, through the public API only, does what the README says. */
class ReadmeExamplesTest {

    @Test
    void theCoProductionModelExample() {
        Partnership partnership = Partnership.started("Calm at night on ward 7", LocalDate.of(2026, 1, 12))
                .withMember(Member.joined(Partner.of(PartnerId.of("P-01"), Role.PATIENT), Stage.DISCOVERY)
                        .withReciprocity(Reciprocity.of(Set.of(Contribution.LIVED_EXPERIENCE), Set.of(Support.EXPENSES))))
                .withMember(Member.joined(Partner.of(PartnerId.of("S-01"), Role.FRONT_LINE_STAFF), Stage.DISCOVERY))
                .withWhatMatters(WhatMatters.saidBy(LocalDate.of(2026, 1, 15), "I want to sleep at night.",
                        Set.of(PartnerId.of("P-01"))))
                .withDecision(Decision.of(LocalDate.of(2026, 1, 22), Stage.DESIGN, "Quiet-hours checklist",
                        DecisionMaking.SHARED, Set.of(PartnerId.of("P-01"), PartnerId.of("S-01"))));

        ValidationResult<Partnership> valid = ModelValidator.standard().validate(partnership);
        HealthCheckReport report = HealthCheck.standard().check(partnership);
        Region region = Alignment.classify(partnership, report.ladder().rung()).region();
        String text = CoproductionJson.standard().write(DocumentType.PARTNERSHIP, partnership);
        JsonResult<Partnership> back = CoproductionJson.standard().read(DocumentType.PARTNERSHIP, text);

        assertThat(valid.isAccepted()).isTrue();
        assertThat(report.ladder().rung()).isEqualTo(LadderRung.CO_DESIGNING);
        assertThat(report.actions()).isNotEmpty();
        assertThat(region).isEqualTo(Region.CO_PRODUCED_INSIGHT);
        assertThat(back).isEqualTo(new JsonResult.Accepted<>(partnership));
    }

    @Test
    void theOwnEditionExample(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("our-model.json");
        CoproductionJson json = CoproductionJson.standard();
        Files.writeString(file, json.write(DocumentType.COPRODUCTION_MODEL, Frameworks.bundled().coproductionModel()));
        Files.writeString(file, Files.readString(file).replace("\"edition\": \"2016, as extended",
                "\"edition\": \"Example Trust 2026, adapted from 2016, as extended"));

        CoproductionModel ours = json.read(DocumentType.COPRODUCTION_MODEL, file).orElseThrow();
        HealthCheck check = HealthCheck.using(Frameworks.bundled().withCoproductionModel(ours));

        assertThat(check.frameworks().coproductionModel().edition().edition()).startsWith("Example Trust 2026");
        assertThat(check.check(ModelOverview.samplePartnership()).basedOn().get(0).edition())
                .startsWith("Example Trust 2026");
    }
}
