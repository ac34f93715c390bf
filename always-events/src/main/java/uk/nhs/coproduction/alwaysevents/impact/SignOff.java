package uk.nhs.coproduction.alwaysevents.impact;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * A partner's confirmation that what changed answers what was said.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param partner the partner who signed it off
 * @param signedOn when
 * @param comment what they said about it, or null
 * @since 0.1.0
 */
public record SignOff(PartnerId partner, LocalDate signedOn, @Nullable String comment) {

    /**
     * Checks the components.
     *
     * @param partner the partner who signed it off
     * @param signedOn when
     * @param comment what they said about it, or null
     */
    public SignOff {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(signedOn, "signedOn");
    }

    /** Shows who and when; the comment is left out. */
    @Override
    public String toString() {
        return "SignOff[" + partner + " on " + signedOn + "]";
    }
}
