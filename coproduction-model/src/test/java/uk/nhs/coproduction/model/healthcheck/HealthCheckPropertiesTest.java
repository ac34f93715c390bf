package uk.nhs.coproduction.model.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.nhs.coproduction.model.ladder.LadderRung;
import uk.nhs.coproduction.model.partner.Partner;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.Decision;
import uk.nhs.coproduction.model.partnership.InvolvementLevel;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.partnership.Reciprocity;
import uk.nhs.coproduction.model.partnership.Stage;
import uk.nhs.coproduction.model.testing.PartnershipArbitraries;
import uk.nhs.coproduction.model.validation.ModelValidator;
import uk.nhs.coproduction.model.validation.Violation;

/** Laws of the health check, over arbitrary partnerships. */
class HealthCheckPropertiesTest {

    private static final HealthCheck CHECK = HealthCheck.standard();

    @Provide
    Arbitrary<Partnership> valid() {
        return PartnershipArbitraries.validPartnerships();
    }

    @Provide
    Arbitrary<Partnership> anyShape() {
        return PartnershipArbitraries.anyShapePartnerships();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void theCheckIsDeterministicAndNeverThrows(@ForAll("anyShape") Partnership partnership) {
        HealthCheckReport first = CHECK.check(partnership);
        Partnership copy = new Partnership(partnership.title(), partnership.startedOn(),
                new ArrayList<>(partnership.members()), new ArrayList<>(partnership.whatMatters()),
                new ArrayList<>(partnership.decisions()), partnership.practices());

        assertThat(CHECK.check(partnership)).isEqualTo(first);
        assertThat(CHECK.check(copy)).isEqualTo(first);
        assertThat(first.findings()).extracting(Finding::rule).containsExactly(Rule.values());
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void addingALivedExperiencePartnerFromTheStartNeverLowersTheRung(
            @ForAll("valid") Partnership partnership,
            @ForAll("newcomers") Member newcomer,
            @ForAll boolean takesPartInDecisions) {
        Partnership after = partnership.withMember(newcomer);
        if (takesPartInDecisions) {
            List<Decision> decisions = partnership.decisions().stream()
                    .map(d -> d.withParticipant(newcomer.id())).toList();
            after = new Partnership(after.title(), after.startedOn(), after.members(), after.whatMatters(),
                    decisions, after.practices());
        }
        assertThat(ModelValidator.standard().validate(after).problems()).isEmpty();

        LadderRung before = CHECK.check(partnership).ladder().rung();
        LadderRung now = CHECK.check(after).ladder().rung();

        assertThat(now).isGreaterThanOrEqualTo(before);
    }

    @Provide
    Arbitrary<Member> newcomers() {
        Arbitrary<Role> roles = Arbitraries.of(Role.PATIENT, Role.SERVICE_USER, Role.UNPAID_CARER, Role.FAMILY_MEMBER,
                Role.PAID_LIVED_EXPERIENCE_ROLE);
        return roles.flatMap(role -> Arbitraries.of(InvolvementLevel.class).injectNull(0.3).map(level ->
                new Member(Partner.of(PartnerId.of("NEWCOMER"), role), Stage.DISCOVERY, level, Reciprocity.none())));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void validationAndTheHealthCheckAgreeOnTheClassLevelRule(@ForAll("anyShape") Partnership partnership) {
        List<Violation> violations = ModelValidator.standard().validate(partnership).problems();
        boolean validatorObjects = violations.stream()
                .anyMatch(v -> v.constraint().equals("IncludesLivedExperienceAndStaff"));
        Severity severity = CHECK.check(partnership).finding(Rule.LIVED_EXPERIENCE_AND_STAFF).orElseThrow().severity();

        assertThat(violations).extracting(Violation::constraint)
                .as("the generator breaks nothing but the class-level rule")
                .isSubsetOf(Set.of("IncludesLivedExperienceAndStaff"));
        assertThat(severity == Severity.CRITICAL).isEqualTo(validatorObjects);
        assertThat(severity == Severity.STRENGTH).isEqualTo(!validatorObjects);
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void validPartnershipsPassValidation(@ForAll("valid") Partnership partnership) {
        assertThat(ModelValidator.standard().validate(partnership).problems()).isEmpty();
        assertThat(CHECK.check(partnership).finding(Rule.LIVED_EXPERIENCE_AND_STAFF).orElseThrow().severity())
                .isEqualTo(Severity.STRENGTH);
    }
}
