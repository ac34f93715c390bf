package uk.nhs.coproduction.model.partnership;

/**
 * What a member receives in return for taking part, besides any involvement payment (which is
 * recorded as an {@link InvolvementPayment} because it has a rate and can be declined).
 *
 * @since 0.1.0
 */
public enum Support {
    /** Reasonable out-of-pocket expenses are reimbursed. */
    EXPENSES,
    /** Training or development to take part fully. */
    TRAINING,
    /** Recognition of the contribution, such as thanks, credit or a reference. */
    RECOGNITION
}
