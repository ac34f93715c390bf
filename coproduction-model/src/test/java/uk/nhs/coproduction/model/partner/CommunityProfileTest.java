package uk.nhs.coproduction.model.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Community information is only ever reported in aggregate, with small numbers suppressed. */
class CommunityProfileTest {

    private static final LocalDate CONSENT = LocalDate.of(2026, 2, 1);

    private static Partner sharing(int n, Set<CommunityGroup> groups) {
        return Partner.of(PartnerId.of("P-" + n), Role.PATIENT)
                .withCommunityInformation(CommunityInformation.consented(CONSENT, groups));
    }

    @Test
    void nobodyHasSharedSoInvolvementIsNotKnown() {
        CommunityProfile profile = CommunityProfile.of(List.of(Partner.of(PartnerId.of("P-1"), Role.PATIENT)));

        assertThat(profile.involvement()).isEqualTo(CommunityInvolvement.NOT_KNOWN);
        assertThat(profile.shared()).isEqualTo(new AggregateCount.Exactly(0));
    }

    @Test
    void peopleSharedButNoneBelongsToAGroup() {
        CommunityProfile profile = CommunityProfile.of(List.of(sharing(1, Set.of()), sharing(2, Set.of())));

        assertThat(profile.involvement()).isEqualTo(CommunityInvolvement.NOT_SHOWN);
    }

    @Test
    void smallCountsAreSuppressedSoNobodyCanBePickedOut() {
        CommunityProfile profile = CommunityProfile.of(List.of(
                sharing(1, Set.of(CommunityGroup.MINORITY_ETHNIC)), sharing(2, Set.of())));

        assertThat(profile.involvement()).isEqualTo(CommunityInvolvement.SHOWN);
        assertThat(profile.inDisadvantagedOrMinorityCommunities()).isEqualTo(new AggregateCount.FewerThan(5));
        assertThat(profile.inDisadvantagedOrMinorityCommunities().describe()).isEqualTo("fewer than 5");
        assertThat(profile.byGroup().get(CommunityGroup.MINORITY_ETHNIC).describe()).isEqualTo("fewer than 5");
        assertThat(profile.byGroup().get(CommunityGroup.LGBTQ_PLUS).describe()).isEqualTo("0");
    }

    @Test
    void countsAtOrAboveTheThresholdAreExact() {
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            partners.add(sharing(i, Set.of(CommunityGroup.MOST_DEPRIVED_AREA, CommunityGroup.OTHER)));
        }

        CommunityProfile profile = CommunityProfile.of(partners);

        assertThat(profile.byGroup().get(CommunityGroup.MOST_DEPRIVED_AREA)).isEqualTo(new AggregateCount.Exactly(6));
        assertThat(profile.inDisadvantagedOrMinorityCommunities().describe()).isEqualTo("6");
        assertThat(CommunityProfile.of(partners, 7).shared()).isEqualTo(new AggregateCount.FewerThan(7));
    }

    @Test
    void theProfileHoldsCountsOnlyNeverIds() {
        CommunityProfile profile = CommunityProfile.of(List.of(sharing(42, Set.of(CommunityGroup.OTHER))));

        assertThat(profile.toString()).doesNotContain("P-42");
    }
}
