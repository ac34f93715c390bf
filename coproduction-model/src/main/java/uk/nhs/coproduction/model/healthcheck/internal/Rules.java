package uk.nhs.coproduction.model.healthcheck.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.coproduction.model.framework.PpvPartnerPolicy;
import uk.nhs.coproduction.model.healthcheck.Evidence;
import uk.nhs.coproduction.model.healthcheck.Finding;
import uk.nhs.coproduction.model.healthcheck.Rule;
import uk.nhs.coproduction.model.healthcheck.Severity;
import uk.nhs.coproduction.model.partner.AggregateCount;
import uk.nhs.coproduction.model.partner.CommunityGroup;
import uk.nhs.coproduction.model.partner.CommunityProfile;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.Decision;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.Stage;
import uk.nhs.coproduction.model.partnership.Support;
import uk.nhs.coproduction.model.partnership.WhatMatters;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/** The health check's rules: one method per {@link Rule}, each giving exactly one finding. */
final class Rules {

    private static final String NO_LIVED_EXPERIENCE =
            "No member has lived experience, so there is nobody this can be checked for yet.";

    private final Facts facts;
    private final PpvPartnerPolicy policy;

    Rules(Facts facts, PpvPartnerPolicy policy) {
        this.facts = facts;
        this.policy = policy;
    }

    Finding apply(Rule rule) {
        return switch (rule) {
            case WHAT_MATTERS_RECORDED -> whatMattersRecorded();
            case WHAT_MATTERS_FROM_LIVED_EXPERIENCE -> whatMattersFromLivedExperience();
            case WHAT_MATTERS_BEFORE_DECISIONS -> whatMattersBeforeDecisions();
            case LIVED_EXPERIENCE_AND_STAFF -> livedExperienceAndStaff();
            case TOGETHER_IN_DECISIONS -> togetherInDecisions();
            case OWNED_FROM_BOARD_TO_FRONT_LINE -> ownedFromBoardToFrontLine();
            case LIVED_EXPERIENCE_FROM_THE_START -> livedExperienceFromTheStart();
            case INVOLVED_THROUGHOUT -> involvedThroughout();
            case POWER_SHARED -> powerShared();
            case RECIPROCITY -> reciprocity();
            case CONTRIBUTIONS_ACKNOWLEDGED -> supported(Rule.CONTRIBUTIONS_ACKNOWLEDGED, Support.RECOGNITION,
                    "has their contribution recognised",
                    "Acknowledge what people contribute: thanks, credit, a reference or a certificate. "
                            + "People who feel valued and respected stay involved.");
            case SUPPORT_TO_TAKE_PART -> supported(Rule.SUPPORT_TO_TAKE_PART, Support.TRAINING,
                    "is offered training or development",
                    "Offer training or development so people can take part fully and in different ways.");
            case COMMUNITIES_INVOLVED -> communitiesInvolved();
            case VOLUNTARY_SECTOR_PARTNER -> voluntarySectorPartner();
            case FEEDBACK_ON_DECISIONS -> feedbackOnDecisions();
        };
    }

    private Finding whatMattersRecorded() {
        List<WhatMatters> records = facts.whatMatters;
        if (records.isEmpty()) {
            return new Finding(Rule.WHAT_MATTERS_RECORDED, Severity.CRITICAL,
                    "Nothing is recorded about what matters to people. Co-production starts from what matters "
                            + "most to the people who use the service, in their own words: ask \"what matters to "
                            + "you?\" and record the answers before deciding anything.",
                    List.of(Evidence.of("records of what matters", 0)));
        }
        LocalDate first = records.stream().map(WhatMatters::recordedOn).min(Comparator.naturalOrder()).orElseThrow();
        return new Finding(Rule.WHAT_MATTERS_RECORDED, Severity.STRENGTH,
                "What matters to people is recorded, so the work has a starting point in people's own words.",
                List.of(Evidence.of("records of what matters", records.size()),
                        Evidence.of("first recorded on", first)));
    }

    private Finding whatMattersFromLivedExperience() {
        List<WhatMatters> records = facts.whatMatters;
        long inTheirVoice = records.stream().filter(facts::voiceOfLivedExperience).count();
        List<Evidence> evidence = List.of(
                Evidence.of("records in the voice of people with lived experience", Facts.ofTotal(inTheirVoice, records.size())),
                Evidence.of("sources", sources(records)));
        if (inTheirVoice == 0) {
            String start = records.isEmpty()
                    ? "There is no record of what matters yet, so none comes from people with lived experience. "
                    : "No record of what matters comes from people with lived experience: each is staff's view, "
                            + "or was said by members without lived experience. ";
            return new Finding(Rule.WHAT_MATTERS_FROM_LIVED_EXPERIENCE, Severity.WARNING,
                    start + "Ask the people who use the service, or use their feedback, so the work starts from "
                            + "what matters to them rather than what staff think matters.",
                    evidence);
        }
        return new Finding(Rule.WHAT_MATTERS_FROM_LIVED_EXPERIENCE, Severity.STRENGTH,
                "What matters comes from people with lived experience, in their own words or through their feedback.",
                evidence);
    }

    private static String sources(List<WhatMatters> records) {
        Map<WhatMattersSource, Long> counts = new EnumMap<>(WhatMattersSource.class);
        for (WhatMatters record : records) {
            counts.merge(record.source(), 1L, Long::sum);
        }
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream()
                .map(e -> e.getKey().label() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private Finding whatMattersBeforeDecisions() {
        Optional<LocalDate> firstRecord = facts.whatMatters.stream()
                .map(WhatMatters::recordedOn).min(Comparator.naturalOrder());
        if (facts.decisions.isEmpty()) {
            if (firstRecord.isEmpty()) {
                return new Finding(Rule.WHAT_MATTERS_BEFORE_DECISIONS, Severity.ADVICE,
                        "No decisions and no records of what matters yet. Record what matters before the first decision.",
                        List.of(Evidence.of("decisions", 0), Evidence.of("records of what matters", 0)));
            }
            return new Finding(Rule.WHAT_MATTERS_BEFORE_DECISIONS, Severity.STRENGTH,
                    "What matters is recorded and no decision has been taken yet: the work is starting in the right place.",
                    List.of(Evidence.of("decisions", 0), Evidence.of("first record of what matters", firstRecord.get())));
        }
        List<Decision> before = facts.decisions.stream()
                .filter(d -> firstRecord.isEmpty() || d.decidedOn().isBefore(firstRecord.get()))
                .toList();
        List<Evidence> evidence = List.of(
                Evidence.of("first record of what matters", firstRecord.map(Object::toString).orElse("none")),
                Evidence.of("decisions taken before it", Facts.decisions(before)));
        if (before.isEmpty()) {
            return new Finding(Rule.WHAT_MATTERS_BEFORE_DECISIONS, Severity.STRENGTH,
                    "Every decision was taken on or after the first record of what matters.", evidence);
        }
        return new Finding(Rule.WHAT_MATTERS_BEFORE_DECISIONS, Severity.WARNING,
                Facts.ofTotal(before.size(), facts.decisions.size()) + " decisions were taken before anything was "
                        + "recorded about what matters, so they may rest on staff's assumptions rather than on "
                        + "people's priorities. Revisit them with what matters in front of you.",
                evidence);
    }

    private Finding livedExperienceAndStaff() {
        List<Evidence> evidence = List.of(
                Evidence.of("members with lived experience", Facts.ids(facts.livedExperience)),
                Evidence.of("members of staff", Facts.ids(facts.staff)));
        if (facts.partnership.includesLivedExperienceAndStaff()) {
            return new Finding(Rule.LIVED_EXPERIENCE_AND_STAFF, Severity.STRENGTH,
                    "People with lived experience and staff are both partners.", evidence);
        }
        String explanation;
        if (facts.livedExperience.isEmpty()) {
            explanation = "No member has lived experience. Without people who use the service, or their carers "
                    + "and families, as partners, this is not co-production: invite them in as equals.";
        } else if (facts.staff.isEmpty()) {
            explanation = "No member is staff. Co-production is people with lived experience and staff working "
                    + "together: without staff, the service cannot change with them.";
        } else {
            explanation = "The only person with lived experience is also the only member of staff. A partnership "
                    + "needs at least two people: someone with lived experience and someone else who is staff.";
        }
        return new Finding(Rule.LIVED_EXPERIENCE_AND_STAFF, Severity.CRITICAL, explanation, evidence);
    }

    private Finding togetherInDecisions() {
        if (facts.decisions.isEmpty()) {
            return noDecisions(Rule.TOGETHER_IN_DECISIONS,
                    "so it cannot yet be shown that people with lived experience and staff take them together.");
        }
        List<Decision> apart = facts.decisions.stream().filter(d -> !facts.together(d)).toList();
        List<Evidence> evidence = List.of(
                Evidence.of("decisions taken together", Facts.ofTotal(facts.decisions.size() - apart.size(),
                        facts.decisions.size())),
                Evidence.of("decisions without both", Facts.decisions(apart)));
        if (apart.isEmpty()) {
            return new Finding(Rule.TOGETHER_IN_DECISIONS, Severity.STRENGTH,
                    "People with lived experience and staff took part in every decision.", evidence);
        }
        return new Finding(Rule.TOGETHER_IN_DECISIONS, Severity.WARNING,
                Facts.ofTotal(apart.size(), facts.decisions.size()) + " decisions were taken without both people "
                        + "with lived experience and staff taking part. Involve both in everything, including "
                        + "the decisions that seem routine.",
                evidence);
    }

    private Finding ownedFromBoardToFrontLine() {
        List<Member> sponsors = withRole(Role.EXECUTIVE_SPONSOR);
        List<Member> frontLine = withRole(Role.FRONT_LINE_STAFF);
        List<Evidence> evidence = List.of(
                Evidence.of("executive sponsors", Facts.ids(sponsors)),
                Evidence.of("front-line staff", Facts.ids(frontLine)));
        if (!sponsors.isEmpty() && !frontLine.isEmpty()) {
            return new Finding(Rule.OWNED_FROM_BOARD_TO_FRONT_LINE, Severity.STRENGTH,
                    "An executive sponsor and front-line staff are partners: co-production is owned from the board "
                            + "to the front line.",
                    evidence);
        }
        List<String> missing = new ArrayList<>();
        if (sponsors.isEmpty()) {
            missing.add("No executive sponsor is a partner: board-level buy-in helps co-production last and gives "
                    + "it the authority to change things.");
        }
        if (frontLine.isEmpty()) {
            missing.add("No front-line staff are partners: the people who give care every day need to own the "
                    + "change too.");
        }
        return new Finding(Rule.OWNED_FROM_BOARD_TO_FRONT_LINE, Severity.ADVICE, String.join(" ", missing), evidence);
    }

    private List<Member> withRole(Role role) {
        return facts.partnership.members().stream().filter(m -> m.partner().holds(role)).toList();
    }

    private Finding livedExperienceFromTheStart() {
        List<Member> fromStart = facts.livedExperience.stream().filter(Member::joinedFromTheStart).toList();
        List<Evidence> evidence = List.of(
                Evidence.of("members with lived experience who joined at discovery", Facts.ids(fromStart)),
                Evidence.of("members with lived experience", Facts.ids(facts.livedExperience)));
        if (facts.livedExperience.isEmpty()) {
            return new Finding(Rule.LIVED_EXPERIENCE_FROM_THE_START, Severity.WARNING,
                    "No member has lived experience, so nobody with lived experience has been involved from the "
                            + "start.",
                    evidence);
        }
        if (!fromStart.isEmpty()) {
            return new Finding(Rule.LIVED_EXPERIENCE_FROM_THE_START, Severity.STRENGTH,
                    "People with lived experience have been partners from the very start (the discovery stage).",
                    evidence);
        }
        Stage earliest = facts.livedExperience.stream().map(Member::joinedAt).min(Comparator.naturalOrder()).orElseThrow();
        return new Finding(Rule.LIVED_EXPERIENCE_FROM_THE_START, Severity.WARNING,
                "People with lived experience joined only at the " + earliest.label() + " stage, not from the very "
                        + "start, so the early choices were made without them. Involve people before the problem "
                        + "is even defined.",
                evidence);
    }

    private Finding involvedThroughout() {
        if (facts.decisions.isEmpty()) {
            return noDecisions(Rule.INVOLVED_THROUGHOUT, "so involvement throughout cannot be shown yet.");
        }
        Set<Stage> reached = EnumSet.noneOf(Stage.class);
        Set<Stage> involved = EnumSet.noneOf(Stage.class);
        for (Decision decision : facts.decisions) {
            reached.add(decision.stage());
            if (facts.livedExperienceTookPart(decision)) {
                involved.add(decision.stage());
            }
        }
        Set<Stage> without = EnumSet.copyOf(reached);
        without.removeAll(involved);
        List<Evidence> evidence = List.of(
                Evidence.of("stages with decisions", labels(reached)),
                Evidence.of("stages with a decision involving lived experience", labels(involved)));
        if (without.isEmpty()) {
            return new Finding(Rule.INVOLVED_THROUGHOUT, Severity.STRENGTH,
                    "People with lived experience took part in decisions at every stage reached so far.", evidence);
        }
        return new Finding(Rule.INVOLVED_THROUGHOUT, Severity.WARNING,
                "At the " + labels(without) + " stage" + (without.size() > 1 ? "s" : "") + ", no decision "
                        + "involved anyone with lived experience. Partnership means being involved throughout, not "
                        + "only at the start or the end.",
                evidence);
    }

    private static String labels(Set<Stage> stages) {
        return stages.isEmpty() ? "none" : stages.stream().map(Stage::label).collect(Collectors.joining(", "));
    }

    private Finding powerShared() {
        if (facts.decisions.isEmpty()) {
            return noDecisions(Rule.POWER_SHARED, "so it cannot yet be shown that power is shared.");
        }
        long shared = facts.decisions.stream().filter(facts::sharedTogether).count();
        long total = facts.decisions.size();
        List<Evidence> evidence = List.of(Evidence.of("decisions made together by people with lived experience and "
                + "staff", Facts.ofTotal(shared, total)));
        if (shared == 0) {
            return new Finding(Rule.POWER_SHARED, Severity.WARNING,
                    "No decision was made together: people with lived experience were at most consulted or told. "
                            + "Co-production means deciding together, as equals.",
                    evidence);
        }
        if (shared * 2 >= total) {
            return new Finding(Rule.POWER_SHARED, Severity.STRENGTH,
                    "Most decisions were made together by people with lived experience and staff, as equals.",
                    evidence);
        }
        return new Finding(Rule.POWER_SHARED, Severity.ADVICE,
                "Fewer than half of the decisions were made together; in the rest, people with lived experience "
                        + "were consulted or told, or not involved. Share more of the decisions.",
                evidence);
    }

    private Finding reciprocity() {
        if (facts.livedExperience.isEmpty()) {
            return new Finding(Rule.RECIPROCITY, Severity.ADVICE, NO_LIVED_EXPERIENCE,
                    List.of(Evidence.of("members with lived experience", 0)));
        }
        List<Member> noExpenses = facts.livedExperience.stream()
                .filter(m -> !m.reciprocity().receives(Support.EXPENSES)).toList();
        List<Member> entitled = facts.livedExperience.stream()
                .filter(m -> m.involvementLevel() != null && policy.entitlesToInvolvementPayment(m.involvementLevel()))
                .toList();
        List<Member> notOffered = entitled.stream().filter(m -> !m.reciprocity().payment().wasOffered()).toList();
        List<Evidence> evidence = List.of(
                Evidence.of("members with lived experience without expenses", Facts.ids(noExpenses)),
                Evidence.of("members entitled to an involvement payment", Facts.ids(entitled)),
                Evidence.of("of whom not offered one", Facts.ids(notOffered)),
                Evidence.of("policy", policy.edition().title() + " (" + policy.edition().citation() + ")"));
        if (noExpenses.isEmpty() && notOffered.isEmpty()) {
            return new Finding(Rule.RECIPROCITY, Severity.STRENGTH,
                    "Every member with lived experience has expenses reimbursed, and everyone whose involvement "
                            + "level entitles them to an involvement payment was offered one (declining it is their "
                            + "choice).",
                    evidence);
        }
        List<String> gaps = new ArrayList<>();
        if (!noExpenses.isEmpty()) {
            gaps.add(noExpenses.size() + " member" + (noExpenses.size() == 1 ? "" : "s")
                    + " with lived experience do not have expenses reimbursed.");
        }
        if (!notOffered.isEmpty()) {
            gaps.add(notOffered.size() + " member" + (notOffered.size() == 1 ? " was" : "s were")
                    + " not offered the involvement payment their level entitles them to.");
        }
        return new Finding(Rule.RECIPROCITY, Severity.WARNING,
                String.join(" ", gaps) + " Nobody should be out of pocket for taking part: put the resources in "
                        + "place.",
                evidence);
    }

    private Finding supported(Rule rule, Support support, String getsIt, String advice) {
        if (facts.livedExperience.isEmpty()) {
            return new Finding(rule, Severity.ADVICE, NO_LIVED_EXPERIENCE,
                    List.of(Evidence.of("members with lived experience", 0)));
        }
        List<Member> receiving = facts.livedExperience.stream().filter(m -> m.reciprocity().receives(support)).toList();
        List<Evidence> evidence = List.of(Evidence.of(
                "members with lived experience who receive " + support.name().toLowerCase(java.util.Locale.ROOT),
                Facts.ofTotal(receiving.size(), facts.livedExperience.size())));
        if (receiving.size() == facts.livedExperience.size()) {
            return new Finding(rule, Severity.STRENGTH, "Every member with lived experience " + getsIt + ".", evidence);
        }
        String who = receiving.isEmpty() ? "No member with lived experience " : "Not every member with lived experience ";
        return new Finding(rule, Severity.ADVICE, who + getsIt + ". " + advice, evidence);
    }

    private Finding communitiesInvolved() {
        CommunityProfile profile = facts.partnership.communityProfile();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.of("members who shared community information", profile.shared().describe()));
        evidence.add(Evidence.of("of whom say they belong to a disadvantaged or minority community",
                profile.inDisadvantagedOrMinorityCommunities().describe()));
        for (Map.Entry<CommunityGroup, AggregateCount> entry : profile.byGroup().entrySet()) {
            // Only groups large enough to report exactly: a suppressed count could point at a person.
            if (entry.getValue() instanceof AggregateCount.Exactly exactly && exactly.count() > 0) {
                evidence.add(Evidence.of("who say they belong to " + entry.getKey().label(), exactly.count()));
            }
        }
        return switch (profile.involvement()) {
            case NOT_KNOWN -> new Finding(Rule.COMMUNITIES_INVOLVED, Severity.ADVICE,
                    "Nobody has shared community information, so it is not known whether people from disadvantaged "
                            + "and minority communities are involved. Ask, explain why, and record answers only "
                            + "with consent.",
                    evidence);
            case NOT_SHOWN -> new Finding(Rule.COMMUNITIES_INVOLVED, Severity.WARNING,
                    "Of the members who shared community information, none says they belong to a disadvantaged or "
                            + "minority community. Take positive steps to include under-represented groups, and "
                            + "build trust with communities affected by health inequalities.",
                    evidence);
            case SHOWN -> new Finding(Rule.COMMUNITIES_INVOLVED, Severity.STRENGTH,
                    "People from disadvantaged or minority communities are involved, by their own description.",
                    evidence);
        };
    }

    private Finding voluntarySectorPartner() {
        List<Member> partners = facts.partnership.members().stream()
                .filter(m -> m.partner().isVoluntarySectorPartner()).toList();
        List<Evidence> evidence = List.of(Evidence.of("Healthwatch or voluntary sector partners", Facts.ids(partners)));
        if (!partners.isEmpty()) {
            return new Finding(Rule.VOLUNTARY_SECTOR_PARTNER, Severity.STRENGTH,
                    "A partner from Healthwatch or the voluntary, community and social enterprise sector is involved.",
                    evidence);
        }
        return new Finding(Rule.VOLUNTARY_SECTOR_PARTNER, Severity.ADVICE,
                "No partner from Healthwatch or the voluntary, community and social enterprise sector is involved. "
                        + "They are key partners under the statutory guidance and can connect the work with "
                        + "communities that services find hard to reach.",
                evidence);
    }

    private Finding feedbackOnDecisions() {
        if (facts.decisions.isEmpty()) {
            return noDecisions(Rule.FEEDBACK_ON_DECISIONS, "so there is nothing to feed back yet. When there is, "
                    + "tell people what was decided and how their involvement shaped it.");
        }
        List<Decision> notFedBack = facts.decisions.stream().filter(d -> !d.wasFedBack()).toList();
        List<Evidence> evidence = List.of(
                Evidence.of("decisions fed back", Facts.ofTotal(facts.decisions.size() - notFedBack.size(),
                        facts.decisions.size())),
                Evidence.of("decisions not yet fed back", Facts.decisions(notFedBack)));
        if (notFedBack.isEmpty()) {
            return new Finding(Rule.FEEDBACK_ON_DECISIONS, Severity.STRENGTH,
                    "People were told what was decided, and how their involvement shaped it, for every decision.",
                    evidence);
        }
        return new Finding(Rule.FEEDBACK_ON_DECISIONS, Severity.ADVICE,
                "Not every decision has been fed back. Be open about what changed, what could not, and why: "
                        + "\"you said, we did\".",
                evidence);
    }

    private static Finding noDecisions(Rule rule, String consequence) {
        return new Finding(rule, Severity.ADVICE, "No decisions are recorded yet, " + consequence,
                List.of(Evidence.of("decisions", 0)));
    }
}
