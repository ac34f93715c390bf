package uk.nhs.coproduction.model.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import uk.nhs.coproduction.model.partner.CommunityGroup;
import uk.nhs.coproduction.model.partner.CommunityInformation;
import uk.nhs.coproduction.model.partner.Partner;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.PersonalDetails;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partner.RoleGroup;
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

/**
 * Arbitrary partnerships for property tests. Every date is long past (2020 to 2026), so none is
 * after today. {@link #validPartnerships()} gives only partnerships
 * that pass validation (the properties check that they do); {@link #anyShapePartnerships()} may
 * break the class-level rules (no lived experience, no staff), but nothing else.
 */
public final class PartnershipArbitraries {

    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);
    private static final List<Role> LIVED = roles(RoleGroup.LIVED_EXPERIENCE);
    private static final List<Role> STAFF = roles(RoleGroup.STAFF);

    private PartnershipArbitraries() {
    }

    private static List<Role> roles(RoleGroup group) {
        return EnumSet.allOf(Role.class).stream().filter(r -> r.group() == group).toList();
    }

    /** Text that is not blank: letters, digits, punctuation, quotes, accents, new lines. */
    public static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('é', 'ß', '£', '’', '—', '\n', '\t', '"', '\\', 'ŵ')
                .ofMinLength(1).ofMaxLength(maxLength)
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 2000).map(EPOCH::plusDays);
    }

    static Arbitrary<PersonalDetails> personalDetails() {
        Arbitrary<String> name = text(40).injectNull(0.2);
        Arbitrary<String> email = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)
                .map(s -> s + "@example.org").injectNull(0.4);
        Arbitrary<String> telephone = Arbitraries.strings().numeric().ofLength(11).injectNull(0.5);
        return Combinators.combine(name, email, telephone).as(PersonalDetails::new);
    }

    static Arbitrary<CommunityInformation> community() {
        return Combinators.combine(dates(), Arbitraries.subsetOf(CommunityGroup.values()), text(60).injectNull(0.6))
                .as(CommunityInformation::new);
    }

    static Arbitrary<PaymentRate> rates() {
        return Combinators.combine(
                        Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("5000")).ofScale(2),
                        Arbitraries.of(RateUnit.class), dates())
                .as(PaymentRate::new);
    }

    static Arbitrary<InvolvementPayment> payments() {
        return Arbitraries.oneOf(
                Arbitraries.just(InvolvementPayment.notOffered()),
                rates().map(InvolvementPayment::offered),
                rates().map(InvolvementPayment::declined));
    }

    static Arbitrary<Reciprocity> reciprocity() {
        return Combinators.combine(Arbitraries.subsetOf(Contribution.values()), Arbitraries.subsetOf(Support.values()),
                payments()).as(Reciprocity::new);
    }

    /** A member with this id, holding at least one role from {@code required}. */
    static Arbitrary<Member> member(String id, List<Role> required) {
        Arbitrary<Set<Role>> roles = Combinators.combine(Arbitraries.of(required),
                        Arbitraries.subsetOf(Role.values()).ofMaxSize(2))
                .as((first, more) -> {
                    Set<Role> all = EnumSet.of(first);
                    all.addAll(more);
                    return all;
                });
        Arbitrary<Partner> partner = Combinators.combine(roles, personalDetails().injectNull(0.5),
                        community().injectNull(0.5))
                .as((r, details, community) -> new Partner(PartnerId.of(id), r, details, community));
        return Combinators.combine(partner, Arbitraries.of(Stage.class),
                        Arbitraries.of(InvolvementLevel.class).injectNull(0.3), reciprocity())
                .as(Member::new);
    }

    /** Valid partnerships: a lived-experience member and a different staff member, and a consistent log. */
    public static Arbitrary<Partnership> validPartnerships() {
        return partnerships(true);
    }

    /** Partnerships that may lack lived experience or staff, but are otherwise valid. */
    public static Arbitrary<Partnership> anyShapePartnerships() {
        return partnerships(false);
    }

    private static Arbitrary<Partnership> partnerships(boolean includeBoth) {
        Arbitrary<List<Member>> members = Arbitraries.integers().between(0, 6).flatMap(extra -> {
            List<Arbitrary<Member>> each = new ArrayList<>();
            if (includeBoth) {
                each.add(member("L-0", LIVED));
                each.add(member("S-0", STAFF));
            }
            for (int i = 0; i < extra; i++) {
                each.add(member("M-" + i, List.of(Role.values())));
            }
            return each.isEmpty() ? Arbitraries.just(List.<Member>of()) : Combinators.combine(each).as(List::copyOf);
        });
        return members.flatMap(list -> dates().flatMap(started -> Combinators.combine(
                        text(60),
                        whatMatters(list).list().ofMaxSize(4),
                        list.isEmpty() ? Arbitraries.just(List.<Decision>of())
                                : decisions(list, started).list().ofMaxSize(5),
                        Arbitraries.subsetOf(Practice.values()))
                .as((title, records, decisions, practices) ->
                        new Partnership(title, started, list, records, decisions, practices))));
    }

    private static Arbitrary<WhatMatters> whatMatters(List<Member> members) {
        Arbitrary<WhatMattersSource> sources = members.isEmpty()
                ? Arbitraries.of(EnumSet.complementOf(EnumSet.of(WhatMattersSource.PARTNERS)))
                : Arbitraries.of(WhatMattersSource.class);
        return Combinators.combine(dates(), text(80), sources, someOf(members, 0))
                .as((date, statement, source, voiced) -> new WhatMatters(date, statement, source,
                        source == WhatMattersSource.PARTNERS && voiced.isEmpty()
                                ? Set.of(members.get(0).id()) : voiced));
    }

    /**
     * Decisions on or after {@code started} (by at most a year) whose participants had all joined by
     * the decision's stage.
     */
    public static Arbitrary<Decision> decisions(List<Member> members, LocalDate started) {
        Stage earliest = members.stream().map(Member::joinedAt).min(Stage::compareTo).orElseThrow();
        Arbitrary<Stage> stages = Arbitraries.of(EnumSet.range(earliest, Stage.EVALUATION));
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 365).map(started::plusDays);
        return Combinators.combine(dates, stages, text(50), Arbitraries.of(DecisionMaking.class),
                        Arbitraries.integers().between(0, 30).injectNull(0.4))
                .flatAs((date, stage, summary, how, feedbackDays) ->
                        someOf(members.stream().filter(m -> m.hadJoinedBy(stage)).toList(), 1)
                                .map(participants -> new Decision(date, stage, summary, how, participants,
                                        feedbackDays == null ? null : date.plusDays(feedbackDays))));
    }

    private static Arbitrary<Set<PartnerId>> someOf(List<Member> members, int atLeast) {
        if (members.isEmpty()) {
            return Arbitraries.just(Set.of());
        }
        return Arbitraries.subsetOf(members.stream().map(Member::id).toList())
                .ofMinSize(Math.min(atLeast, members.size()))
                .map(LinkedHashSet::new);
    }
}
