package uk.nhs.coproduction.model.healthcheck.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partnership.Decision;
import uk.nhs.coproduction.model.partnership.DecisionMaking;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.partnership.WhatMatters;

/**
 * The facts of one partnership that the rules and the ladder reasoning share, worked out once.
 * Member lookups use the first member with an id, as {@link Partnership#member} does.
 */
final class Facts {

    final Partnership partnership;
    final List<Member> livedExperience;
    final List<Member> staff;
    final List<Decision> decisions;
    final List<WhatMatters> whatMatters;
    private final Map<PartnerId, Member> byId = new HashMap<>();

    Facts(Partnership partnership) {
        this.partnership = partnership;
        for (Member member : partnership.members()) {
            byId.putIfAbsent(member.id(), member);
        }
        this.livedExperience = partnership.livedExperienceMembers();
        this.staff = partnership.staffMembers();
        this.decisions = partnership.decisions();
        this.whatMatters = partnership.whatMatters();
    }

    /** Whether someone with lived experience took part in {@code decision}. */
    boolean livedExperienceTookPart(Decision decision) {
        return decision.participants().stream().anyMatch(id -> {
            Member member = byId.get(id);
            return member != null && member.hasLivedExperience();
        });
    }

    /** Whether a member of staff took part in {@code decision}. */
    boolean staffTookPart(Decision decision) {
        return decision.participants().stream().anyMatch(id -> {
            Member member = byId.get(id);
            return member != null && member.isStaff();
        });
    }

    /** Whether people with lived experience and staff took part in {@code decision} together. */
    boolean together(Decision decision) {
        return livedExperienceTookPart(decision) && staffTookPart(decision);
    }

    /** Whether {@code decision} was made together, as equals, by lived experience and staff. */
    boolean sharedTogether(Decision decision) {
        return decision.how() == DecisionMaking.SHARED && together(decision);
    }

    /** Whether {@code record} is in the voice of people with lived experience. */
    boolean voiceOfLivedExperience(WhatMatters record) {
        return record.source().isVoiceOfPeopleWhoUseServices()
                || record.voicedBy().stream().anyMatch(id -> {
                    Member member = byId.get(id);
                    return member != null && member.hasLivedExperience();
                });
    }

    /** Ids of these members, sorted, as "3 (P-01, P-02, P-05)". */
    static String ids(List<Member> members) {
        List<String> ids = members.stream().map(m -> m.id().value()).sorted().distinct().toList();
        return Facts.listed(ids);
    }

    /** "N (a, b, c)" with at most ten items shown; "0" for none. */
    static String listed(List<String> items) {
        if (items.isEmpty()) {
            return "0";
        }
        int shown = Math.min(items.size(), 10);
        String list = String.join(", ", items.subList(0, shown));
        if (items.size() > shown) {
            list += ", and " + (items.size() - shown) + " more";
        }
        return items.size() + " (" + list + ")";
    }

    /** Decisions as "2026-03-04 design: Agree the leaflet", for evidence. */
    static String decisions(List<Decision> decisions) {
        return listed(decisions.stream()
                .map(d -> d.decidedOn() + " " + d.stage().label() + ": " + d.summary())
                .collect(Collectors.toList()));
    }

    /** "k of n". */
    static String ofTotal(long part, long total) {
        return part + " of " + total;
    }
}
