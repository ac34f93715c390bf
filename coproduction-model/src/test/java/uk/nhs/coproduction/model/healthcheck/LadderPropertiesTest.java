package uk.nhs.coproduction.model.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.nhs.coproduction.model.ladder.LadderRung;
import uk.nhs.coproduction.model.partnership.Decision;
import uk.nhs.coproduction.model.partnership.DecisionMaking;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.partnership.Stage;
import uk.nhs.coproduction.model.testing.PartnershipArbitraries;
import uk.nhs.coproduction.model.validation.ModelValidator;

/**
 * Laws of the ladder of participation over arbitrary partnerships: co-designing is reached only
 * through a design-stage decision that people with lived experience took part in, and more
 * decisions never lower the rung.
 */
class LadderPropertiesTest {

    private static final HealthCheck CHECK = HealthCheck.standard();

    private static LadderRung rung(Partnership partnership) {
        return CHECK.check(partnership).ladder().rung();
    }

    private static Partnership withDecisions(Partnership partnership, List<Decision> decisions) {
        return new Partnership(partnership.title(), partnership.startedOn(), partnership.members(),
                partnership.whatMatters(), decisions, partnership.practices());
    }

    /** A partnership, and one more decision its members could have taken. */
    record WithDecision(Partnership partnership, Decision decision) {
        Partnership after() {
            return partnership.withDecision(decision);
        }
    }

    @Provide
    Arbitrary<Partnership> anyShape() {
        return PartnershipArbitraries.anyShapePartnerships();
    }

    @Provide
    Arbitrary<WithDecision> withOneMoreDecision() {
        return PartnershipArbitraries.validPartnerships().flatMap(partnership -> PartnershipArbitraries
                .decisions(partnership.members(), partnership.startedOn())
                .map(decision -> new WithDecision(partnership, decision)));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void withoutADesignDecisionLivedExperienceTookPartInThereIsNoCoDesigning(
            @ForAll("anyShape") Partnership partnership) {
        List<Decision> others = partnership.decisions().stream()
                .filter(d -> d.stage() != Stage.DESIGN || partnership.livedExperienceParticipants(d).isEmpty())
                .toList();

        assertThat(rung(withDecisions(partnership, others))).isLessThan(LadderRung.CO_DESIGNING);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void aDecisionNeverLowersTheRung(@ForAll("withOneMoreDecision") WithDecision example) {
        assertThat(ModelValidator.standard().validate(example.after()).problems()).isEmpty();

        assertThat(rung(example.after())).isGreaterThanOrEqualTo(rung(example.partnership()));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void aDesignDecisionMadeTogetherReachesAtLeastCoDesigning(@ForAll("withOneMoreDecision") WithDecision example) {
        Partnership partnership = example.partnership();
        Optional<Member> livedExperience = partnership.livedExperienceMembers().stream()
                .filter(m -> m.hadJoinedBy(Stage.DESIGN)).findFirst();
        Assume.that(livedExperience.isPresent());
        Optional<Member> staff = partnership.staffMembers().stream()
                .filter(m -> m.hadJoinedBy(Stage.DESIGN) && !m.id().equals(livedExperience.get().id())).findFirst();
        Assume.that(staff.isPresent());
        Decision together = Decision.of(example.decision().decidedOn(), Stage.DESIGN, "Design it together",
                DecisionMaking.SHARED, Set.of(livedExperience.get().id(), staff.get().id()));
        Partnership after = partnership.withDecision(together);
        assertThat(ModelValidator.standard().validate(after).problems()).isEmpty();

        assertThat(rung(after)).isGreaterThanOrEqualTo(LadderRung.CO_DESIGNING)
                .isGreaterThanOrEqualTo(rung(partnership));
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void theDecisionsOrderDoesNotMatter(@ForAll("anyShape") Partnership partnership) {
        List<Decision> reversed = new ArrayList<>(partnership.decisions());
        java.util.Collections.reverse(reversed);

        assertThat(rung(withDecisions(partnership, reversed))).isEqualTo(rung(partnership));
    }
}
