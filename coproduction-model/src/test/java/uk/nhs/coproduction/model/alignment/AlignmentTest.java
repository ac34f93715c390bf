package uk.nhs.coproduction.model.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.healthcheck.HealthCheck;
import uk.nhs.coproduction.model.ladder.LadderRung;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.partnership.Practice;
import uk.nhs.coproduction.model.partnership.WhatMatters;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;
import uk.nhs.coproduction.model.testing.Samples;

class AlignmentTest {

    @Test
    void theHealthyExampleSitsAtTheCentreWhereAlwaysEventsSit() {
        Partnership partnership = Samples.calmAtNight();
        LadderRung rung = HealthCheck.standard().check(partnership).ladder().rung();

        Alignment alignment = Alignment.classify(partnership, rung);

        assertThat(alignment.region()).isEqualTo(Region.CO_PRODUCED_IMPROVEMENT_OF_EXPERIENCE);
        assertThat(alignment.circles()).extracting(CircleAssessment::circle).containsExactly(Circle.values());
        assertThat(alignment.circles()).allSatisfy(c -> assertThat(c.inside()).isTrue());
        assertThat(alignment.isIn(Circle.QUALITY_IMPROVEMENT)).isTrue();
    }

    @Test
    void nothingShownMeansOutside() {
        Alignment alignment = Alignment.classify(Samples.minimal(), LadderRung.EDUCATING);

        assertThat(alignment.region()).isEqualTo(Region.OUTSIDE);
        assertThat(alignment.circles()).extracting(CircleAssessment::reason).allSatisfy(r -> assertThat(r).isNotBlank());
    }

    @Test
    void experienceOfCareComesFromWhatMattersOrFromUsingFeedback() {
        Partnership fromFeedback = Samples.minimal().withPractice(Practice.USES_EXPERIENCE_FEEDBACK);
        Partnership fromSurvey = Samples.minimal()
                .withWhatMatters(WhatMatters.from(Samples.START, "Quiet", WhatMattersSource.PATIENT_SURVEY));
        Partnership fromStaff = Samples.minimal()
                .withWhatMatters(WhatMatters.from(Samples.START, "Quiet", WhatMattersSource.STAFF_VIEW));

        assertThat(Alignment.classify(fromFeedback, LadderRung.CONSULTING).region())
                .isEqualTo(Region.EXPERIENCE_OF_CARE_ONLY);
        assertThat(Alignment.classify(fromSurvey, LadderRung.CONSULTING).circles().get(0).reason())
                .contains("1 record of what matters");
        assertThat(Alignment.classify(fromStaff, LadderRung.CONSULTING).region()).isEqualTo(Region.OUTSIDE);
    }

    @Test
    void qualityImprovementNeedsAnAimAndAMethod() {
        Partnership aimOnly = Samples.minimal().withPractice(Practice.HAS_IMPROVEMENT_AIM);
        Partnership aimAndRunCharts = aimOnly.withPractice(Practice.MEASURES_OVER_TIME);

        assertThat(Alignment.classify(aimOnly, LadderRung.EDUCATING).isIn(Circle.QUALITY_IMPROVEMENT)).isFalse();
        assertThat(Alignment.classify(aimOnly, LadderRung.EDUCATING).circles().get(1).reason())
                .contains("does not yet test changes");
        assertThat(Alignment.classify(aimAndRunCharts, LadderRung.EDUCATING).region())
                .isEqualTo(Region.QUALITY_IMPROVEMENT_ONLY);
        assertThat(Alignment.classify(aimAndRunCharts, LadderRung.CO_DESIGNING).region())
                .isEqualTo(Region.CO_DESIGNED_IMPROVEMENT);
    }

    @Test
    void coProductionNeedsARungInTheDoingWithGroup() {
        assertThat(Alignment.classify(Samples.minimal(), LadderRung.ENGAGING).isIn(Circle.CO_PRODUCTION)).isFalse();
        assertThat(Alignment.classify(Samples.minimal(), LadderRung.CO_DESIGNING).region())
                .isEqualTo(Region.CO_PRODUCTION_ONLY);
        assertThat(Alignment.classify(Samples.minimal().withPractice(Practice.MEASURES_EXPERIENCE),
                LadderRung.CO_PRODUCING).region()).isEqualTo(Region.CO_PRODUCED_INSIGHT);
        assertThat(Alignment.classify(Samples.minimal().withPractice(Practice.MEASURES_EXPERIENCE)
                .withPractice(Practice.HAS_IMPROVEMENT_AIM).withPractice(Practice.TESTS_CHANGES_IN_PDSA_CYCLES),
                LadderRung.INFORMING).region()).isEqualTo(Region.EXPERIENCE_LED_IMPROVEMENT);
    }

    @Test
    void everyCombinationOfCirclesHasExactlyOneRegionAndTheBundledModelNamesIt() {
        for (Region region : Region.values()) {
            assertThat(Region.of(region.circles())).isEqualTo(region);
            assertThat(Frameworks.bundled().alignmentModel().region(region)).isPresent();
        }
        assertThat(Region.of(EnumSet.noneOf(Circle.class))).isEqualTo(Region.OUTSIDE);
        assertThat(Region.of(Set.of(Circle.CO_PRODUCTION, Circle.EXPERIENCE_OF_CARE)))
                .isEqualTo(Region.CO_PRODUCED_INSIGHT);
    }
}
