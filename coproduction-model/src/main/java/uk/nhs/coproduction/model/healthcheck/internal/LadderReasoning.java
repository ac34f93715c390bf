package uk.nhs.coproduction.model.healthcheck.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.healthcheck.Evidence;
import uk.nhs.coproduction.model.healthcheck.LadderAssessment;
import uk.nhs.coproduction.model.ladder.LadderRung;
import uk.nhs.coproduction.model.partnership.Decision;
import uk.nhs.coproduction.model.partnership.DecisionMaking;
import uk.nhs.coproduction.model.partnership.InvolvementLevel;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.Stage;

/**
 * Finds the highest rung of the ladder of participation that the facts support.
 *
 * <p>Each rung has a condition on the facts. Every condition only ever becomes true, never false,
 * when a member with lived experience is added or takes part in more decisions, and the
 * assessment is the highest rung whose condition holds. So adding a partner with lived
 * experience from the start, or a decision, can never lower the rung.
 *
 * <p>Co-designing ("people help design services with genuine influence") needs a decision taken at
 * the {@link Stage#DESIGN design} stage that people with lived experience and staff made together,
 * as equals. Decisions made together only at other stages show genuine influence, but not over the
 * design, so they reach engaging. Co-producing ("an equal relationship from design to delivery")
 * needs that design decision too, a decision made together when delivering or evaluating the work,
 * and people with lived experience there from the very start.
 */
final class LadderReasoning {

    private final Facts facts;

    LadderReasoning(Facts facts) {
        this.facts = facts;
    }

    LadderAssessment assess() {
        List<Decision> withLivedExperience = facts.decisions.stream().filter(facts::livedExperienceTookPart).toList();
        List<Decision> asked = withLivedExperience.stream()
                .filter(d -> d.how() == DecisionMaking.CONSULTED || d.how() == DecisionMaking.SHARED).toList();
        List<Decision> sharedTogether = facts.decisions.stream().filter(facts::sharedTogether).toList();
        long recordsInTheirVoice = facts.whatMatters.stream().filter(facts::voiceOfLivedExperience).count();
        Set<Stage> stagesAsked = stages(asked);
        List<Member> regularGroup = facts.livedExperience.stream()
                .filter(m -> m.involvementLevel() != null && m.involvementLevel().compareTo(InvolvementLevel.LEVEL_3) >= 0)
                .toList();
        List<Member> fromStart = facts.livedExperience.stream().filter(Member::joinedFromTheStart).toList();
        List<Decision> sharedInDesign = sharedTogether.stream().filter(d -> d.stage() == Stage.DESIGN).toList();
        List<Decision> sharedInDelivery = sharedTogether.stream().filter(d -> d.stage().isDelivery()).toList();

        List<Evidence> evidence = List.of(
                Evidence.of("members with lived experience", Facts.ids(facts.livedExperience)),
                Evidence.of("of whom joined at the very start", Facts.ids(fromStart)),
                Evidence.of("decisions involving lived experience", Facts.ofTotal(withLivedExperience.size(),
                        facts.decisions.size())),
                Evidence.of("of which they were consulted on or shared", asked.size()),
                Evidence.of("decisions made together with staff, as equals", sharedTogether.size()),
                Evidence.of("of which at design", sharedInDesign.size()),
                Evidence.of("of which at delivery or evaluation", sharedInDelivery.size()),
                Evidence.of("records of what matters in the voice of lived experience", recordsInTheirVoice));

        if (!fromStart.isEmpty() && !sharedInDesign.isEmpty() && !sharedInDelivery.isEmpty()) {
            return new LadderAssessment(LadderRung.CO_PRODUCING,
                    "An equal partnership from design to delivery: people with lived experience have been partners "
                            + "from the very start, and made decisions together with staff both when designing the "
                            + "work and when delivering it.",
                    evidence, null);
        }
        if (!sharedInDesign.isEmpty()) {
            List<String> missing = new ArrayList<>();
            if (fromStart.isEmpty()) {
                missing.add("involve people with lived experience from the very start");
            }
            if (sharedInDelivery.isEmpty()) {
                missing.add("make delivery decisions together too, seeing the work through");
            }
            return new LadderAssessment(LadderRung.CO_DESIGNING,
                    "People with lived experience and staff made design decisions together, so people have "
                            + "genuine influence over the design; but the facts do not yet show an equal partnership "
                            + "from the very start through design to delivery.",
                    evidence, sentence(missing));
        }
        String toCoDesign = "make design decisions together: people with lived experience and staff deciding as "
                + "equals at the design stage";
        if (!sharedTogether.isEmpty()) {
            return new LadderAssessment(LadderRung.ENGAGING,
                    "People with lived experience and staff made decisions together, so people have some "
                            + "genuine influence; but none of those decisions was taken at the design stage, so "
                            + "they have not yet designed the work with staff.",
                    evidence, sentence(List.of(toCoDesign)));
        }
        if (stagesAsked.size() >= 2 || (!asked.isEmpty() && !regularGroup.isEmpty())) {
            return new LadderAssessment(LadderRung.ENGAGING,
                    "People with lived experience have had repeated chances to give their views"
                            + (regularGroup.isEmpty() ? " (at " + stagesAsked.size() + " stages)"
                                    : " and sit on a regular working group")
                            + ", with some influence; but others still make the decisions.",
                    evidence, sentence(List.of(toCoDesign)));
        }
        if (!asked.isEmpty() || recordsInTheirVoice > 0) {
            return new LadderAssessment(LadderRung.CONSULTING,
                    "People with lived experience were asked for their views, through decisions they were "
                            + "consulted on or records of what matters in their voice; but others made the decisions.",
                    evidence, sentence(List.of("ask for views at more than one stage, or through a regular working "
                            + "group, so that they shape the work", toCoDesign)));
        }
        if (!withLivedExperience.isEmpty()) {
            return new LadderAssessment(LadderRung.INFORMING,
                    "People with lived experience were told about decisions, but not asked for their views or "
                            + "involved in making them.",
                    evidence, sentence(List.of("ask people with lived experience for their views before deciding")));
        }
        if (!facts.livedExperience.isEmpty()) {
            return new LadderAssessment(LadderRung.EDUCATING,
                    "People with lived experience are members, but nothing recorded shows them shaping the work: "
                            + "no decision involved them, and no record of what matters is in their voice.",
                    evidence, sentence(List.of("record what matters to them, and tell them about decisions and why")));
        }
        return new LadderAssessment(LadderRung.COERCION,
                "No member has lived experience and nothing recorded is in their voice, so the work is done to "
                        + "people, not with them.",
                evidence, sentence(List.of("invite people with lived experience to join as partners")));
    }

    private static Set<Stage> stages(List<Decision> decisions) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        decisions.forEach(d -> stages.add(d.stage()));
        return stages;
    }

    private static @Nullable String sentence(List<String> actions) {
        if (actions.isEmpty()) {
            return null;
        }
        String joined = actions.stream().collect(Collectors.joining("; and "));
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
    }
}
