package uk.nhs.coproduction.model.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerTest {

    private static final PartnerId ID = PartnerId.of("P-014");

    @ParameterizedTest
    @EnumSource(Role.class)
    void livedExperienceIsDerivedFromTheRoles(Role role) {
        Partner partner = Partner.of(ID, role);

        assertThat(partner.hasLivedExperience()).isEqualTo(role.group() == RoleGroup.LIVED_EXPERIENCE);
        assertThat(partner.isStaff()).isEqualTo(role.group() == RoleGroup.STAFF);
        assertThat(partner.isVoluntarySectorPartner()).isEqualTo(role.group() == RoleGroup.VOLUNTARY_SECTOR);
    }

    @Test
    void theLivedExperienceRolesAreThoseOfTheSources() {
        assertThat(EnumSet.allOf(Role.class)).filteredOn(Role::isLivedExperience).containsExactly(
                Role.PATIENT, Role.SERVICE_USER, Role.UNPAID_CARER, Role.FAMILY_MEMBER, Role.PAID_LIVED_EXPERIENCE_ROLE);
        assertThat(EnumSet.allOf(Role.class)).filteredOn(Role::isStaff).containsExactly(
                Role.FRONT_LINE_STAFF, Role.IMPROVEMENT_STAFF, Role.EXPERIENCE_OF_CARE_STAFF, Role.EXECUTIVE_SPONSOR);
    }

    @Test
    void aPersonMayHoldSeveralRoles() {
        Partner carerWhoIsStaff = Partner.of(ID, Role.UNPAID_CARER).withRole(Role.FRONT_LINE_STAFF);

        assertThat(carerWhoIsStaff.roles()).containsExactly(Role.UNPAID_CARER, Role.FRONT_LINE_STAFF);
        assertThat(carerWhoIsStaff.hasLivedExperience()).isTrue();
        assertThat(carerWhoIsStaff.isStaff()).isTrue();
        assertThat(carerWhoIsStaff.holds(Role.PATIENT)).isFalse();
    }

    @Test
    void rolesAreKeptInDeclaredOrderAndCannotBeChanged() {
        Partner partner = Partner.of(ID, Set.of(Role.EXECUTIVE_SPONSOR, Role.PATIENT));

        assertThat(partner.roles()).containsExactly(Role.PATIENT, Role.EXECUTIVE_SPONSOR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> partner.roles().add(Role.SERVICE_USER))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringNeverShowsNamesContactsOrCommunityInformation() {
        Partner partner = Partner.of(ID, Role.PATIENT)
                .withPersonalDetails(new PersonalDetails("Ada Example", "ada@example.org", "+44 20 7946 0000"))
                .withCommunityInformation(CommunityInformation.consented(LocalDate.of(2026, 1, 5),
                        Set.of(CommunityGroup.LGBTQ_PLUS)).withSelfDescription("Deaf community"));

        String shown = partner + " " + partner.personalDetails() + " " + partner.communityInformation();

        assertThat(shown).contains("P-014", "PATIENT", "withheld")
                .doesNotContain("Ada", "ada@example.org", "7946", "LGBTQ", "Deaf");
    }

    @Test
    void communityInformationCanBeWithdrawn() {
        Partner partner = Partner.of(ID, Role.PATIENT).withCommunityInformation(
                CommunityInformation.consented(LocalDate.of(2026, 1, 5), Set.of(CommunityGroup.OTHER)));

        assertThat(partner.withoutCommunityInformation().communityInformation()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P-014", "carer.3", "a", "S_01"})
    void wellFormedIdsAreAccepted(String text) {
        assertThat(PartnerId.of(text).value()).isEqualTo(text);
        assertThat(PartnerId.problemWith(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Ada Example", "ada@example.org", "-leading-hyphen", "4857773456"})
    void idsThatCouldIdentifySomeoneOrAreMalformedAreRefusedWithoutRepeatingThem(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PartnerId.of(text))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(text.isEmpty() ? "\u0000" : text));
    }

    @Test
    void anIdOfTenDigitsIsRefusedBecauseItCouldBeAnNhsNumber() {
        assertThat(PartnerId.problemWith("9434765919")).contains("NHS number");
    }

    @Test
    void nullsAreRefusedNamingTheField() {
        assertThatNullPointerException().isThrownBy(() -> new Partner(null, Set.of(Role.PATIENT), null, null))
                .withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> Partner.of(ID, Set.of())
                .withCommunityInformation(null)).withMessage("information");
    }
}
