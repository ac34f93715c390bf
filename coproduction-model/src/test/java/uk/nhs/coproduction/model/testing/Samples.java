package uk.nhs.coproduction.model.testing;

import java.time.LocalDate;
import java.util.Set;
import uk.nhs.coproduction.model.partner.CommunityGroup;
import uk.nhs.coproduction.model.partner.CommunityInformation;
import uk.nhs.coproduction.model.partner.Partner;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.PersonalDetails;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.Contribution;
import uk.nhs.coproduction.model.partnership.Decision;
import uk.nhs.coproduction.model.partnership.DecisionMaking;
import uk.nhs.coproduction.model.partnership.InvolvementLevel;
import uk.nhs.coproduction.model.partnership.InvolvementPayment;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.partnership.PaymentRate;
import uk.nhs.coproduction.model.partnership.Practice;
import uk.nhs.coproduction.model.partnership.RateUnit;
import uk.nhs.coproduction.model.partnership.Reciprocity;
import uk.nhs.coproduction.model.partnership.Stage;
import uk.nhs.coproduction.model.partnership.Support;
import uk.nhs.coproduction.model.partnership.WhatMatters;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/** Partnerships for tests: pseudonymous ids and invented people only. */
public final class Samples {

    public static final LocalDate START = LocalDate.of(2026, 1, 12);
    public static final PaymentRate DAY_RATE = PaymentRate.of("150", RateUnit.DAY, LocalDate.of(2016, 11, 1));

    private Samples() {
    }

    public static PartnerId id(String value) {
        return PartnerId.of(value);
    }

    /** A decision on day {@code day} after {@link #START}, with these participants and no feedback yet. */
    public static Decision decision(int day, Stage stage, DecisionMaking how, String... participants) {
        return Decision.of(START.plusDays(day), stage, "Decision on day " + day, how, ids(participants));
    }

    /** What these members said matters, on day {@code day} after {@link #START}. */
    public static WhatMatters said(int day, String... by) {
        return WhatMatters.saidBy(START.plusDays(day), "What matters on day " + day, ids(by));
    }

    private static Set<PartnerId> ids(String... values) {
        Set<PartnerId> ids = new java.util.TreeSet<>();
        for (String value : values) {
            ids.add(id(value));
        }
        return ids;
    }

    /** A member with lived experience who joined at {@code stage}, with expenses and recognition. */
    public static Member livedExperience(String id, Stage stage) {
        return Member.joined(Partner.of(id(id), Role.PATIENT), stage)
                .withInvolvementLevel(InvolvementLevel.LEVEL_3)
                .withReciprocity(Reciprocity.of(Set.of(Contribution.LIVED_EXPERIENCE, Contribution.TIME),
                        Set.of(Support.EXPENSES, Support.RECOGNITION, Support.TRAINING)));
    }

    /** A member of staff who joined at {@code stage}. */
    public static Member staff(String id, Role role, Stage stage) {
        return Member.joined(Partner.of(id(id), role), stage)
                .withReciprocity(Reciprocity.of(Set.of(Contribution.PROFESSIONAL_KNOWLEDGE), Set.of()));
    }

    /** The smallest valid partnership: one patient and one member of front-line staff, from the start. */
    public static Partnership minimal() {
        return Partnership.started("Minimal partnership", START)
                .withMember(livedExperience("P-01", Stage.DISCOVERY))
                .withMember(staff("S-01", Role.FRONT_LINE_STAFF, Stage.DISCOVERY));
    }

    /** A full, healthy co-production partnership (the ward 7 "calm at night" example). */
    public static Partnership calmAtNight() {
        Member carer = Member.joined(
                        Partner.of(id("C-02"), Role.UNPAID_CARER, Role.FAMILY_MEMBER)
                                .withPersonalDetails(PersonalDetails.named("Invented Carer").withEmail("carer@example.org"))
                                .withCommunityInformation(CommunityInformation.consented(START,
                                        Set.of(CommunityGroup.MINORITY_ETHNIC))),
                        Stage.DISCOVERY)
                .withInvolvementLevel(InvolvementLevel.LEVEL_4)
                .withReciprocity(new Reciprocity(Set.of(Contribution.LIVED_EXPERIENCE), Set.of(Support.EXPENSES,
                        Support.RECOGNITION, Support.TRAINING), InvolvementPayment.declined(DAY_RATE)));
        return Partnership.started("Calm at night on ward 7", START)
                .withMember(livedExperience("P-01", Stage.DISCOVERY))
                .withMember(carer)
                .withMember(staff("S-01", Role.FRONT_LINE_STAFF, Stage.DISCOVERY))
                .withMember(staff("S-02", Role.EXECUTIVE_SPONSOR, Stage.DISCOVERY))
                .withMember(Member.joined(Partner.of(id("V-01"), Role.VOLUNTARY_SECTOR_PARTNER), Stage.DESIGN))
                .withWhatMatters(WhatMatters.saidBy(START.plusDays(3), "I want to be able to sleep at night.",
                        Set.of(id("P-01"))))
                .withWhatMatters(WhatMatters.from(START.plusDays(5), "Noise at night is the top complaint.",
                        WhatMattersSource.COMPLAINTS_AND_COMPLIMENTS))
                .withDecision(Decision.of(START.plusDays(10), Stage.DISCOVERY, "Focus on noise at night",
                        DecisionMaking.SHARED, Set.of(id("P-01"), id("C-02"), id("S-01"))).withFeedbackOn(START.plusDays(12)))
                .withDecision(Decision.of(START.plusDays(30), Stage.DESIGN, "Quiet-hours checklist",
                        DecisionMaking.SHARED, Set.of(id("P-01"), id("S-01"), id("V-01"))).withFeedbackOn(START.plusDays(31)))
                .withDecision(Decision.of(START.plusDays(60), Stage.DELIVERY, "Test the checklist for two weeks",
                        DecisionMaking.SHARED, Set.of(id("C-02"), id("S-01"), id("S-02"))).withFeedbackOn(START.plusDays(61)))
                .withPractice(Practice.HAS_IMPROVEMENT_AIM)
                .withPractice(Practice.TESTS_CHANGES_IN_PDSA_CYCLES)
                .withPractice(Practice.USES_EXPERIENCE_FEEDBACK);
    }
}
