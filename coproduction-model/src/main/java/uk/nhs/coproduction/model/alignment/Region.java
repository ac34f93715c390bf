package uk.nhs.coproduction.model.alignment;

import java.util.Set;

/**
 * The eight regions of the three-circle Venn diagram: outside every circle, in one circle only,
 * in an overlap of two, or at the centre. Their names and meanings are data, in the
 * {@link uk.nhs.coproduction.model.framework.AlignmentModel} edition in use.
 *
 * @since 0.1.0
 */
public enum Region {
    /** In no circle. */
    OUTSIDE(Set.of()),
    /** Experience of care only. */
    EXPERIENCE_OF_CARE_ONLY(Set.of(Circle.EXPERIENCE_OF_CARE)),
    /** Quality improvement only. */
    QUALITY_IMPROVEMENT_ONLY(Set.of(Circle.QUALITY_IMPROVEMENT)),
    /** Co-production only. */
    CO_PRODUCTION_ONLY(Set.of(Circle.CO_PRODUCTION)),
    /** Experience of care and quality improvement: experience-led improvement. */
    EXPERIENCE_LED_IMPROVEMENT(Set.of(Circle.EXPERIENCE_OF_CARE, Circle.QUALITY_IMPROVEMENT)),
    /** Quality improvement and co-production: co-designed improvement. */
    CO_DESIGNED_IMPROVEMENT(Set.of(Circle.QUALITY_IMPROVEMENT, Circle.CO_PRODUCTION)),
    /** Experience of care and co-production: co-produced insight. */
    CO_PRODUCED_INSIGHT(Set.of(Circle.EXPERIENCE_OF_CARE, Circle.CO_PRODUCTION)),
    /** All three circles: co-produced improvement of experience, where Always Events sit. */
    CO_PRODUCED_IMPROVEMENT_OF_EXPERIENCE(
            Set.of(Circle.EXPERIENCE_OF_CARE, Circle.QUALITY_IMPROVEMENT, Circle.CO_PRODUCTION));

    private final Set<Circle> circles;

    Region(Set<Circle> circles) {
        this.circles = circles;
    }

    /** {@return the circles this region lies in; never null, empty for {@link #OUTSIDE}} */
    public Set<Circle> circles() {
        return circles;
    }

    /**
     * {@return the region that lies in exactly these circles}
     *
     * @param circles the circles the region lies in
     */
    public static Region of(Set<Circle> circles) {
        for (Region region : values()) {
            if (region.circles.equals(circles)) {
                return region;
            }
        }
        throw new IllegalArgumentException("no region for " + circles); // unreachable: every subset has a region
    }
}
