package uk.nhs.coproduction.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.coproduction.model.testing.Samples.id;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.model.framework.CoproductionModel;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.partner.CommunityGroup;
import uk.nhs.coproduction.model.partner.CommunityInformation;
import uk.nhs.coproduction.model.partner.Partner;
import uk.nhs.coproduction.model.partner.PersonalDetails;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.Decision;
import uk.nhs.coproduction.model.partnership.DecisionMaking;
import uk.nhs.coproduction.model.partnership.InvolvementPayment;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.partnership.PaymentRate;
import uk.nhs.coproduction.model.partnership.RateUnit;
import uk.nhs.coproduction.model.partnership.Reciprocity;
import uk.nhs.coproduction.model.partnership.Stage;
import uk.nhs.coproduction.model.partnership.WhatMatters;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;
import uk.nhs.coproduction.model.testing.Samples;

/** Every constraint reports at its property path, in en-GB English, without the value checked. */
class ModelValidatorTest {

    private final ModelValidator validator = ModelValidator.standard();

    private List<Violation> violations(Object value) {
        return validator.validate(value).problems();
    }

    @Test
    void aValidPartnershipIsReturnedWithNoViolations() {
        Partnership partnership = Samples.calmAtNight();

        ValidationResult<Partnership> result = validator.validate(partnership);

        assertThat(result).isEqualTo(new ValidationResult.Accepted<>(partnership));
        assertThat(result.isAccepted()).isTrue();
    }

    @Test
    void aPartnershipWithoutLivedExperienceBreaksTheClassLevelConstraint() {
        Partnership onlyStaff = Partnership.started("Staff only", Samples.START)
                .withMember(Samples.staff("S-01", Role.FRONT_LINE_STAFF, Stage.DISCOVERY));

        assertThat(violations(onlyStaff)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEmpty();
            assertThat(v.constraint()).isEqualTo("IncludesLivedExperienceAndStaff");
            assertThat(v.message()).isEqualTo("must include at least one person with lived experience and a "
                    + "different person who is a member of staff");
        });
    }

    @Test
    void everyViolationIsReturnedAtOnceSortedByPath() {
        Partnership broken = new Partnership(" ", Samples.START, List.of(
                Member.joined(Partner.of(id("P-1"), Set.of()), Stage.DISCOVERY)), List.of(), List.of(), Set.of());

        assertThat(violations(broken)).extracting(Violation::path, Violation::constraint).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", "IncludesLivedExperienceAndStaff"),
                org.assertj.core.groups.Tuple.tuple("members[0].partner.roles", "NotEmpty"),
                org.assertj.core.groups.Tuple.tuple("title", "NotBlank"));
    }

    @Test
    void repeatedMemberIdsAreReportedAtTheLaterMember() {
        Partnership twice = Samples.minimal().withMember(Samples.staff("P-01", Role.IMPROVEMENT_STAFF, Stage.DESIGN));

        assertThat(violations(twice)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("members[2].partner.id");
            assertThat(v.constraint()).isEqualTo("UniqueMemberIds");
        });
    }

    @Test
    void aDecisionNamingSomeoneWhoIsNotAMemberIsReported() {
        Partnership partnership = Samples.minimal()
                .withDecision(Decision.of(Samples.START, Stage.DISCOVERY, "Focus", DecisionMaking.SHARED,
                        Set.of(id("P-01"), id("NOT-A-MEMBER"))))
                .withWhatMatters(WhatMatters.saidBy(Samples.START, "Sleep", Set.of(id("ALSO-NOT"))));

        assertThat(violations(partnership)).extracting(Violation::path)
                .containsExactly("decisions[0].participants", "whatMatters[0].voicedBy");
        assertThat(violations(partnership)).extracting(Violation::message)
                .containsOnly("names someone who is not a member of the partnership");
    }

    @Test
    void aDecisionBeforeAParticipantJoinedIsReported() {
        Partnership partnership = Samples.minimal()
                .withMember(Samples.livedExperience("P-LATE", Stage.DELIVERY))
                .withDecision(Decision.of(Samples.START, Stage.DESIGN, "Design it", DecisionMaking.SHARED,
                        Set.of(id("P-LATE"), id("S-01"))));

        assertThat(violations(partnership)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("decisions[0].participants");
            assertThat(v.constraint()).isEqualTo("ParticipantsHadJoined");
        });
    }

    @Test
    void whatPartnersSaidMustNameWhoSaidIt() {
        WhatMatters unattributed = new WhatMatters(Samples.START, "Sleep", WhatMattersSource.PARTNERS, Set.of());

        assertThat(violations(unattributed)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("voicedBy");
            assertThat(v.constraint()).isEqualTo("AttributedWhenSaidByPartners");
        });
    }

    @Test
    void onlyWhatPartnersSaidMustNameWhoSaidIt() {
        for (WhatMattersSource source : WhatMattersSource.values()) {
            if (source != WhatMattersSource.PARTNERS) {
                assertThat(violations(WhatMatters.from(Samples.START, "Sleep", source))).as(source.name()).isEmpty();
            }
        }
    }

    @Test
    void feedbackCannotComeBeforeTheDecision() {
        Decision decision = Decision.of(LocalDate.of(2026, 3, 1), Stage.DESIGN, "Design", DecisionMaking.SHARED,
                Set.of(id("P-01"))).withFeedbackOn(LocalDate.of(2026, 2, 28));

        assertThat(violations(decision)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("fedBackOn");
            assertThat(v.message()).isEqualTo("must not be before the date of the decision");
        });
    }

    /** Samples.minimal() with a decision and its feedback, a record of what matters and consent, on these dates. */
    private static Partnership datedOn(LocalDate decided, LocalDate fedBack, LocalDate recorded, LocalDate consent) {
        Partnership minimal = Samples.minimal();
        Member patient = minimal.member(id("P-01")).orElseThrow();
        return minimal
                .withMemberReplaced(patient.withPartner(patient.partner().withCommunityInformation(
                        CommunityInformation.consented(consent, Set.of(CommunityGroup.MINORITY_ETHNIC)))))
                .withWhatMatters(WhatMatters.saidBy(recorded, "Sleep", Set.of(id("P-01"))))
                .withDecision(Decision.of(decided, Stage.DESIGN, "Design", DecisionMaking.SHARED,
                        Set.of(id("P-01"), id("S-01"))).withFeedbackOn(fedBack));
    }

    @Test
    void datesAfterTodayAreReportedAtTheirFields() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        ModelValidator onTheFirstOfJune = ModelValidator.withClock(
                Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC));
        LocalDate tomorrow = today.plusDays(1);

        assertThat(onTheFirstOfJune.validate(datedOn(today, today, today, today)).problems()).isEmpty();
        assertThat(onTheFirstOfJune.validate(datedOn(tomorrow, tomorrow, tomorrow, tomorrow)).problems())
                .allSatisfy(v -> {
                    assertThat(v.constraint()).isEqualTo("PastOrPresent");
                    assertThat(v.message()).isEqualTo("must not be in the future");
                })
                .extracting(Violation::path)
                .containsExactly("decisions[0].decidedOn", "decisions[0].fedBackOn",
                        "members[0].partner.communityInformation.consentGivenOn", "whatMatters[0].recordedOn");
    }

    @Test
    void todayComesFromTheValidatorsClockInItsOwnZone() {
        // 23:30 on 1 June in UTC is already 2 June in London (BST).
        Instant lateEvening = Instant.parse("2026-06-01T23:30:00Z");
        LocalDate secondOfJune = LocalDate.of(2026, 6, 2);
        Partnership decidedOnTheSecond = datedOn(secondOfJune, secondOfJune, Samples.START, Samples.START);

        assertThat(ModelValidator.withClock(Clock.fixed(lateEvening, ZoneId.of("Europe/London")))
                .validate(decidedOnTheSecond).isAccepted()).isTrue();
        assertThat(ModelValidator.withClock(Clock.fixed(lateEvening, ZoneOffset.UTC))
                .validate(decidedOnTheSecond).problems()).extracting(Violation::path)
                .containsExactly("decisions[0].decidedOn", "decisions[0].fedBackOn");
    }

    @Test
    void theStandardValidatorUsesTheSystemClock() {
        LocalDate farAhead = LocalDate.now().plusYears(10);
        assertThat(violations(datedOn(farAhead, farAhead, Samples.START, Samples.START)))
                .extracting(Violation::path).containsExactly("decisions[0].decidedOn", "decisions[0].fedBackOn");
    }

    @Test
    void aDecisionBeforeThePartnershipStartedIsReportedAtItsDate() {
        LocalDate dayBefore = Samples.START.minusDays(1);
        Partnership partnership = Samples.minimal()
                .withDecision(decision(0, Stage.DISCOVERY))
                .withDecision(Decision.of(dayBefore, Stage.DISCOVERY, "Before", DecisionMaking.SHARED,
                        Set.of(id("P-01"), id("S-01"))));

        assertThat(violations(partnership)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("decisions[1].decidedOn");
            assertThat(v.constraint()).isEqualTo("DecisionsNotBeforeStart");
            assertThat(v.message()).isEqualTo("must not be before the partnership started");
        });
    }

    @Test
    void whatMattersMayBeRecordedBeforeThePartnershipStarted() {
        Partnership partnership = Samples.minimal().withWhatMatters(WhatMatters.from(Samples.START.minusDays(90),
                "Noise at night is the top complaint.", WhatMattersSource.COMPLAINTS_AND_COMPLIMENTS));

        assertThat(violations(partnership)).isEmpty();
    }

    private static Decision decision(int day, Stage stage) {
        return Decision.of(Samples.START.plusDays(day), stage, "On day " + day, DecisionMaking.SHARED,
                Set.of(id("P-01"), id("S-01")));
    }

    @Test
    void aDecisionNeedsParticipantsAndASummary() {
        Decision decision = new Decision(Samples.START, Stage.DESIGN, "", DecisionMaking.SHARED, Set.of(), null);

        assertThat(violations(decision)).extracting(Violation::path).containsExactly("participants", "summary");
    }

    @Test
    void paymentRatesMustBePositiveAndToThePenny() {
        Reciprocity reciprocity = Reciprocity.none().withPayment(InvolvementPayment.offered(
                new PaymentRate(new BigDecimal("-1.005"), RateUnit.DAY, Samples.START)));

        assertThat(violations(reciprocity)).extracting(Violation::path, Violation::constraint)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("payment.rate.amount", "Positive"),
                        org.assertj.core.groups.Tuple.tuple("payment.rate.amount", "Digits"));
        assertThat(violations(reciprocity)).extracting(Violation::message)
                .contains("must have at most 6 digits before the decimal point and 2 after it");
    }

    @Test
    void messagesNeverRepeatTheValueThatWasChecked() {
        Partner partner = Partner.of(id("P-7"), Role.PATIENT)
                .withPersonalDetails(new PersonalDetails("Ada Example", "ada.example-at-nowhere", "call Ada"));

        List<Violation> found = violations(partner);

        assertThat(found).extracting(Violation::path)
                .containsExactly("personalDetails.email", "personalDetails.telephone");
        assertThat(found.toString()).doesNotContain("Ada", "nowhere");
    }

    @Test
    void orElseThrowListsEachViolationWithoutTheValueThatWasChecked() {
        Partner partner = Partner.of(id("P-7"), Role.PATIENT)
                .withPersonalDetails(new PersonalDetails("Ada Example", "ada.example-at-nowhere", "call Ada"));

        ValidationResult<Partner> result = validator.validate(partner);

        assertThat(result).isInstanceOf(ValidationResult.Refused.class);
        assertThatThrownBy(result::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The value was refused (2 problems):\n  personalDetails.email: ")
                .hasMessageContaining("\n  personalDetails.telephone: ")
                .hasMessageNotContaining("Ada")
                .hasMessageNotContaining("nowhere");
    }

    @Test
    void aFrameworkMissingAndRepeatingItemsIsReportedAtTheList() {
        CoproductionModel bundled = Frameworks.bundled().coproductionModel();
        CoproductionModel broken = new CoproductionModel(bundled.edition(), bundled.definition(),
                List.of(bundled.values().get(0), bundled.values().get(0)), bundled.steps(), List.of());

        assertThat(violations(broken)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("values");
            assertThat(v.message()).isEqualTo("must define each item exactly once (missing OPENNESS_HONESTY, "
                    + "SHARING_POWER, CLEAR_COMMUNICATION, VALUED_RESPECTED; repeated OWNERSHIP)");
        });
    }

    @Test
    void listElementPathsLeaveOutContainerNodes() {
        CoproductionModel bundled = Frameworks.bundled().coproductionModel();
        var value = bundled.values().get(0);
        CoproductionModel blankBehaviour = new CoproductionModel(bundled.edition(), bundled.definition(),
                bundled.values().stream().map(v -> v == value
                        ? new uk.nhs.coproduction.model.framework.CoproductionValue(v.key(), v.name(),
                                List.of("fine", " "), null)
                        : v).toList(),
                bundled.steps(), List.of());

        assertThat(violations(blankBehaviour)).extracting(Violation::path).containsExactly("values[0].behaviours[1]");
    }

    @Test
    void theJakartaValidatorIsAvailableForFrameworksThatNeedOne() {
        assertThat(validator.jakartaValidator().validate(Samples.minimal())).isEmpty();
    }
}
