package uk.nhs.coproduction.model.partnership;

/**
 * Practices an initiative uses besides the partnership itself, which place it in the circles of
 * experience of care and quality improvement (see
 * {@link uk.nhs.coproduction.model.alignment.Alignment}).
 *
 * @since 0.1.0
 */
public enum Practice {
    /** Uses feedback from people who use the service (surveys, complaints, compliments). */
    USES_EXPERIENCE_FEEDBACK,
    /** Measures people's experience of care, before and after a change. */
    MEASURES_EXPERIENCE,
    /** Has a written improvement aim: how much, by when, for whom. */
    HAS_IMPROVEMENT_AIM,
    /** Tests changes in Plan-Do-Study-Act (PDSA) cycles. */
    TESTS_CHANGES_IN_PDSA_CYCLES,
    /** Measures over time, on run charts or statistical process control (SPC) charts. */
    MEASURES_OVER_TIME
}
