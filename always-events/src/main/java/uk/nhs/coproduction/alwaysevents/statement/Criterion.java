package uk.nhs.coproduction.alwaysevents.statement;

/**
 * The four criteria every Always Event&reg; must meet. Their names and descriptions are versioned
 * data: see {@link CriteriaEdition}.
 *
 * @since 0.1.0
 */
public enum Criterion {
    /** Patients and families say it is fundamental to their experience. */
    IMPORTANT,
    /** Research or measurement over time shows it contributes to good care and respect. */
    EVIDENCE_BASED,
    /** Specific enough to tell whether it happens reliably. */
    MEASURABLE,
    /** Achievable without building work, capital spend or new equipment; it can last. */
    AFFORDABLE_AND_SUSTAINABLE
}
