package uk.nhs.coproduction.model.alignment;

/**
 * The three circles of the quality-improvement Venn diagram. Their names and meanings are data,
 * in the {@link uk.nhs.coproduction.model.framework.AlignmentModel} edition in use.
 *
 * @since 0.1.0
 */
public enum Circle {
    /** Experience of care: what matters to people, and their feedback. */
    EXPERIENCE_OF_CARE,
    /** Quality improvement: an aim, measures, and changes tested in PDSA cycles. */
    QUALITY_IMPROVEMENT,
    /** Co-production: an equal partnership of people with lived experience and staff. */
    CO_PRODUCTION
}
