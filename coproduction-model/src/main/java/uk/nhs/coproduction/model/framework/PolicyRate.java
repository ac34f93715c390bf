package uk.nhs.coproduction.model.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.partnership.PaymentRate;

/**
 * A dated involvement payment rate that a policy sets, with a note on where it applies.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rate the amount, period and date from which it applies
 * @param note where the rate applies, such as "payable to people not representing an organisation"
 * @param confidence how far this rate can be trusted, or null when the edition's confidence applies
 * @since 0.1.0
 */
public record PolicyRate(
        @Valid PaymentRate rate,
        @NotBlank @Size(max = 1000) String note,
        @Nullable @Valid Confidence confidence) {

    /**
     * Rejects nulls other than the confidence.
     *
     * @param rate the amount, period and date from which it applies
     * @param note where the rate applies, such as "payable to people not representing an
     *     organisation"
     * @param confidence how far this rate can be trusted, or null when the edition's confidence
     *     applies
     */
    public PolicyRate {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(note, "note");
    }
}
