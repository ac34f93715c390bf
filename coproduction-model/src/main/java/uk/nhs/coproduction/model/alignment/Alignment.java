package uk.nhs.coproduction.model.alignment;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import uk.nhs.coproduction.model.internal.Copies;
import uk.nhs.coproduction.model.ladder.Grouping;
import uk.nhs.coproduction.model.ladder.LadderRung;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.partnership.Practice;

/**
 * Where an initiative sits across the three circles of experience of care, quality improvement
 * and co-production, classified from its facts:
 *
 * <ul>
 *   <li><b>experience of care</b>: what matters is recorded in the voice of people with lived
 *       experience, or the initiative uses or measures their experience
 *       ({@link Practice#USES_EXPERIENCE_FEEDBACK}, {@link Practice#MEASURES_EXPERIENCE});
 *   <li><b>quality improvement</b>: it has an improvement aim ({@link Practice#HAS_IMPROVEMENT_AIM})
 *       and tests changes in PDSA cycles or measures over time;
 *   <li><b>co-production</b>: the health check's ladder rung is in the "doing with" group.
 * </ul>
 *
 * <pre>{@code
 * HealthCheckReport report = HealthCheck.standard().check(partnership);
 * Alignment alignment = Alignment.classify(partnership, report.ladder().rung());
 * alignment.region();   // e.g. CO_PRODUCED_IMPROVEMENT_OF_EXPERIENCE
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param region the region the initiative sits in
 * @param circles the assessment of each circle, in circle order
 * @since 0.1.0
 */
public record Alignment(Region region, List<CircleAssessment> circles) {

    /**
     * Copies the list; rejects nulls.
     *
     * @param region the region the initiative sits in
     * @param circles the assessment of each circle, in circle order
     */
    public Alignment {
        Objects.requireNonNull(region, "region");
        circles = Copies.list(circles, "circles");
    }

    /**
     * Classifies {@code partnership}, given the ladder rung its facts support (from
     * {@link uk.nhs.coproduction.model.healthcheck.HealthCheck}). Deterministic and pure.
     *
     * @param partnership the partnership to place
     * @param supportedRung the ladder rung its facts support, as the health check found it
     * @return where the partnership stands among the three circles, with the reasons
     */
    public static Alignment classify(Partnership partnership, LadderRung supportedRung) {
        Objects.requireNonNull(partnership, "partnership");
        Objects.requireNonNull(supportedRung, "supportedRung");
        Set<Practice> practices = partnership.practices();

        long inTheirVoice = partnership.whatMatters().stream().filter(partnership::isVoiceOfLivedExperience).count();
        boolean usesExperience = practices.contains(Practice.USES_EXPERIENCE_FEEDBACK)
                || practices.contains(Practice.MEASURES_EXPERIENCE);
        CircleAssessment experience = new CircleAssessment(Circle.EXPERIENCE_OF_CARE, inTheirVoice > 0 || usesExperience,
                inTheirVoice > 0 || usesExperience
                        ? "It starts from people's experience: " + (inTheirVoice > 0
                                ? inTheirVoice + " record" + (inTheirVoice == 1 ? "" : "s") + " of what matters in the "
                                        + "voice of lived experience" + (usesExperience ? ", and " : "")
                                : "")
                                + (usesExperience ? "it uses or measures experience of care" : "") + "."
                        : "Nothing shows it starting from people's experience: no record of what matters in their "
                                + "voice, and no use or measurement of their feedback.");

        boolean aim = practices.contains(Practice.HAS_IMPROVEMENT_AIM);
        boolean method = practices.contains(Practice.TESTS_CHANGES_IN_PDSA_CYCLES)
                || practices.contains(Practice.MEASURES_OVER_TIME);
        CircleAssessment improvement = new CircleAssessment(Circle.QUALITY_IMPROVEMENT, aim && method,
                aim && method
                        ? "It uses a quality improvement method: an improvement aim, with changes tested in PDSA "
                                + "cycles or measured over time."
                        : aim
                                ? "It has an improvement aim, but does not yet test changes in PDSA cycles or "
                                        + "measure over time."
                                : "It has no improvement aim, so it is not yet using a quality improvement method.");

        boolean with = supportedRung.grouping() == Grouping.DOING_WITH;
        String rungName = supportedRung.name().toLowerCase(Locale.UK).replace('_', '-');
        CircleAssessment coproduction = new CircleAssessment(Circle.CO_PRODUCTION, with,
                with
                        ? "Its facts support the " + rungName + " rung, in the \"doing with\" group of the ladder "
                                + "of participation."
                        : "Its facts support only the " + rungName + " rung, below the \"doing with\" group of the "
                                + "ladder of participation.");

        List<CircleAssessment> circles = List.of(experience, improvement, coproduction);
        Set<Circle> inside = EnumSet.noneOf(Circle.class);
        circles.stream().filter(CircleAssessment::inside).forEach(c -> inside.add(c.circle()));
        return new Alignment(Region.of(inside), circles);
    }

    /**
     * {@return whether the initiative is inside {@code circle}}
     *
     * @param circle the circle to test
     */
    public boolean isIn(Circle circle) {
        return region.circles().contains(circle);
    }
}
