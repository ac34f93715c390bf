package uk.nhs.coproduction.model.framework;

/**
 * What a patient and public voice partner at an involvement level is entitled to be paid.
 *
 * @since 0.1.0
 */
public enum PaymentEntitlement {
    /** Reasonable out-of-pocket expenses only. */
    EXPENSES_ONLY,
    /** Expenses, and an involvement payment (which the partner may decline). */
    EXPENSES_AND_INVOLVEMENT_PAYMENT;

    /** {@return whether an involvement payment should be offered} */
    public boolean includesInvolvementPayment() {
        return this == EXPENSES_AND_INVOLVEMENT_PAYMENT;
    }
}
