package uk.nhs.coproduction.model.partnership;

import jakarta.validation.Valid;
import java.util.Objects;

/**
 * Whether a member is offered an involvement payment, and at what rate. A partner may decline a
 * payment (it is taxable income and can affect state benefits), and the record keeps the rate
 * that was offered.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface InvolvementPayment {

    /**
     * {@return no involvement payment is offered (for example, to staff paid by their employer)}
     */
    static InvolvementPayment notOffered() {
        return NotOffered.INSTANCE;
    }

    /**
     * {@return a payment is offered at {@code rate}, and accepted}
     *
     * @param rate the rate offered
     */
    static InvolvementPayment offered(PaymentRate rate) {
        return new Offered(rate);
    }

    /**
     * {@return a payment was offered at {@code rate}, and the partner declined it}
     *
     * @param rate the rate offered
     */
    static InvolvementPayment declined(PaymentRate rate) {
        return new Declined(rate);
    }

    /** {@return whether a payment was offered, whether or not it was accepted} */
    default boolean wasOffered() {
        return !(this instanceof NotOffered);
    }

    /**
     * No involvement payment is offered.
     *
     * @since 0.1.0
     */
    enum NotOffered implements InvolvementPayment {
        /** The only instance. */
        INSTANCE;

        @Override
        public String toString() {
            return "NotOffered";
        }
    }

    /**
     * A payment is offered and accepted.
     *
     * @param rate the rate offered
     * @since 0.1.0
     */
    record Offered(@Valid PaymentRate rate) implements InvolvementPayment {
        /**
         * Rejects a null rate.
         *
         * @param rate the rate offered
         */
        public Offered {
            Objects.requireNonNull(rate, "rate");
        }
    }

    /**
     * A payment was offered and declined.
     *
     * @param rate the rate that was offered
     * @since 0.1.0
     */
    record Declined(@Valid PaymentRate rate) implements InvolvementPayment {
        /**
         * Rejects a null rate.
         *
         * @param rate the rate that was offered
         */
        public Declined {
            Objects.requireNonNull(rate, "rate");
        }
    }
}
