package uk.nhs.coproduction.model.partnership;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated rate of involvement payment in pounds sterling, such as £150.00 per day from a given
 * date. Rates change over time, so every rate says from when it applies.
 *
 * <p>Amounts with at most two decimal places are held with exactly two, so £150 and £150.00 are
 * equal.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param amount the amount in pounds, positive, with at most two decimal places
 * @param per the period the amount is for
 * @param effectiveFrom the first day the rate applies
 * @since 0.1.0
 */
public record PaymentRate(
        @Positive @Digits(integer = 6, fraction = 2) @DecimalMax("100000.00") BigDecimal amount,
        RateUnit per,
        LocalDate effectiveFrom) {

    /**
     * Holds the amount with two decimal places when it has no more; rejects nulls.
     *
     * @param amount the amount in pounds, positive, with at most two decimal places
     * @param per the period the amount is for
     * @param effectiveFrom the first day the rate applies
     */
    public PaymentRate {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(per, "per");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (amount.scale() <= 2) {
            amount = amount.setScale(2);
        }
    }

    /**
     * {@return a rate of {@code pounds} per {@code unit} from {@code effectiveFrom}}
     *
     * @param pounds the amount in pounds, such as {@code 150.00}
     * @param unit what the amount is paid for, such as a day or an hour
     * @param effectiveFrom the first day the rate applies
     */
    public static PaymentRate of(String pounds, RateUnit unit, LocalDate effectiveFrom) {
        return new PaymentRate(new BigDecimal(pounds), unit, effectiveFrom);
    }

    /** Reads like "£150.00 per day from 2016-11-01". */
    @Override
    public String toString() {
        return "£" + amount.toPlainString() + " per " + per.label() + " from " + effectiveFrom;
    }
}
