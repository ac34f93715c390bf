package uk.nhs.coproduction.model.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.model.alignment.Circle;
import uk.nhs.coproduction.model.alignment.Region;
import uk.nhs.coproduction.model.framework.EditionDate.Precision;
import uk.nhs.coproduction.model.ladder.Grouping;
import uk.nhs.coproduction.model.ladder.LadderRung;
import uk.nhs.coproduction.model.partnership.InvolvementLevel;
import uk.nhs.coproduction.model.partnership.PaymentRate;
import uk.nhs.coproduction.model.partnership.RateUnit;
import uk.nhs.coproduction.model.validation.ModelValidator;

/** Each bundled framework file loads, is complete and valid, and carries its source, edition and confidence. */
class BundledFrameworksTest {

    private final Frameworks bundled = Frameworks.bundled();

    @Test
    void theCoproductionModelHasFiveValuesWithBehavioursAndSevenStepsInOrder() {
        CoproductionModel model = bundled.coproductionModel();

        assertThat(model.values()).extracting(CoproductionValue::key).containsExactly(CoproductionValue.Key.values());
        assertThat(model.values()).allSatisfy(v -> assertThat(v.behaviours()).isNotEmpty());
        assertThat(model.steps()).extracting(CoproductionStep::key).containsExactly(CoproductionStep.Key.values());
        assertThat(model.value(CoproductionValue.Key.SHARING_POWER)).get()
                .extracting(CoproductionValue::name).asString().contains("sharing power");
        assertThat(model.definition()).contains("equal partners");
        assertThat(model.focusAreas()).as("2021 focus areas could not be confirmed, so none are invented").isEmpty();
        assertThat(ModelValidator.standard().validate(model).isAccepted()).isTrue();
    }

    @Test
    void theCoproductionModelCarriesItsSourceEditionDateAndConfidence() {
        FrameworkEdition edition = bundled.coproductionModel().edition();

        assertThat(edition.publisher()).isEqualTo("Coalition for Collaborative Care");
        assertThat(edition.date()).isEqualTo(EditionDate.parse("2016"));
        assertThat(edition.sources()).extracting(Source::publisher)
                .contains("Coalition for Collaborative Care", "Act 4 Inclusion", "Coalition for Personalised Care");
        assertThat(edition.confidence().level()).isEqualTo(ConfidenceLevel.MEDIUM);
    }

    @Test
    void stepsFiveToSevenAreMarkedLowConfidenceAndTheOthersTakeTheEditionsConfidence() {
        CoproductionModel model = bundled.coproductionModel();

        assertThat(model.steps()).allSatisfy(step -> {
            ConfidenceLevel expected = step.key().ordinal() >= 4 ? ConfidenceLevel.LOW : ConfidenceLevel.MEDIUM;
            assertThat(model.confidenceOf(step).level()).as(step.key().name()).isEqualTo(expected);
        });
    }

    @Test
    void theLadderHasSevenRungsGroupedDoingToForAndWith() {
        LadderOfParticipation ladder = bundled.ladder();

        assertThat(ladder.rungs()).extracting(RungDefinition::rung).containsExactly(LadderRung.values());
        assertThat(ladder.nameOf(LadderRung.CO_DESIGNING)).isEqualTo("Co-designing");
        assertThat(ladder.nameOf(Grouping.DOING_WITH)).isEqualTo("Doing with");
        assertThat(ladder.edition().publisher()).isEqualTo("Think Local Act Personal");
        assertThat(ladder.edition().date()).as("the source is undated, so no date is invented").isNull();
        assertThat(ladder.edition().citation()).endsWith("(undated)");
        assertThat(ladder.edition().confidence().level()).isEqualTo(ConfidenceLevel.HIGH);
    }

    @Test
    void theStatutoryGuidanceHasTenPrinciples() {
        StatutoryGuidance guidance = bundled.statutoryGuidance();

        assertThat(guidance.principles()).extracting(StatutoryPrinciple::key)
                .containsExactly(StatutoryPrinciple.Key.values());
        assertThat(guidance.principle(StatutoryPrinciple.Key.WORK_WITH_HEALTHWATCH_AND_VCSE)).get()
                .extracting(StatutoryPrinciple::text).asString().contains("Healthwatch");
        assertThat(guidance.edition().publisher()).isEqualTo("NHS England");
        assertThat(guidance.edition().confidence().level()).isEqualTo(ConfidenceLevel.MEDIUM);
    }

    @Test
    void thePpvPolicyHasFourLevelsAndPaysInvolvementPaymentsAtLevelFourOnly() {
        PpvPartnerPolicy policy = bundled.ppvPartnerPolicy();

        assertThat(policy.levels()).extracting(LevelDefinition::level).containsExactly(InvolvementLevel.values());
        assertThat(EnumSet.allOf(InvolvementLevel.class)).filteredOn(policy::entitlesToInvolvementPayment)
                .containsExactly(InvolvementLevel.LEVEL_4);
        assertThat(policy.edition().edition()).isEqualTo("v3");
        assertThat(policy.edition().date()).isEqualTo(new EditionDate(LocalDate.of(2021, 10, 20), Precision.DAY));
    }

    @Test
    void thePpvPolicyRatesAreDatedAndTheUncertainHalfDayRateIsMarkedLow() {
        PpvPartnerPolicy policy = bundled.ppvPartnerPolicy();

        assertThat(policy.rateOn(LocalDate.of(2017, 1, 1), RateUnit.DAY))
                .contains(PaymentRate.of("150.00", RateUnit.DAY, LocalDate.of(2016, 11, 1)));
        assertThat(policy.rateOn(LocalDate.of(2016, 10, 31), RateUnit.DAY)).as("not yet in force").isEmpty();
        assertThat(policy.rates()).filteredOn(r -> r.rate().per() == RateUnit.HALF_DAY)
                .singleElement().satisfies(r -> assertThat(r.confidence().level()).isEqualTo(ConfidenceLevel.LOW));
    }

    @Test
    void theAlignmentModelNamesThreeCirclesAndEightRegionsWithLowConfidence() {
        AlignmentModel model = bundled.alignmentModel();

        assertThat(model.circles()).extracting(CircleDefinition::circle).containsExactly(Circle.values());
        assertThat(model.regions()).extracting(RegionDefinition::region).containsExactly(Region.values());
        assertThat(model.edition().confidence().level()).isEqualTo(ConfidenceLevel.LOW);
    }

    @Test
    void everyBundledFrameworkIsValid() {
        List<Framework> all = List.of(bundled.coproductionModel(), bundled.ladder(), bundled.statutoryGuidance(),
                bundled.ppvPartnerPolicy(), bundled.alignmentModel());

        assertThat(all).allSatisfy(f -> assertThat(ModelValidator.standard().validate(f).problems()).isEmpty());
    }

    @Test
    void theBundledEditionsAreLoadedOnceAndShared() {
        assertThat(Frameworks.bundled()).isSameAs(Frameworks.bundled());
    }

    @Test
    void editionDatesKeepTheirPrecision() {
        assertThat(EditionDate.parse("2016").precision()).isEqualTo(Precision.YEAR);
        assertThat(EditionDate.parse("2022-07")).hasToString("2022-07");
        assertThat(EditionDate.parse("2021-10-20")).hasToString("2021-10-20");
        assertThat(EditionDate.parse("2016").compareTo(EditionDate.parse("2016-01"))).isNegative();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> EditionDate.parse("2022-13"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> EditionDate.parse("July 2022"));
    }
}
