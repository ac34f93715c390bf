package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The reliability of an Always Event&reg; in one period: how many eligible people, for how many the
 * event happened, the percentage and whether it met the aim. This record is immutable and
 * thread-safe.
 *
 * @param period the period label
 * @param events for how many people the event happened (0 when there is no data)
 * @param eligible how many people were eligible (0 when there is no data)
 * @param percentage the percentage for whom it happened; empty when there is no data
 * @param status whether the period met the aim
 * @since 0.1.0
 */
public record PeriodReliability(String period, double events, double eligible, OptionalDouble percentage,
        AimStatus status) {

    /**
     * Whether a period met the aim.
     *
     * @since 0.1.0
     */
    public enum AimStatus {
        /** At or above the aim. */
        MET,
        /** Below the aim. */
        NOT_MET,
        /** No data for the period (missing, or nobody eligible). */
        NO_DATA
    }

    /**
     * Checks the components.
     *
     * @param period the period label
     * @param events for how many people the event happened (0 when there is no data)
     * @param eligible how many people were eligible (0 when there is no data)
     * @param percentage the percentage for whom it happened; empty when there is no data
     * @param status whether the period met the aim
     */
    public PeriodReliability {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(percentage, "percentage");
        Objects.requireNonNull(status, "status");
    }

    /** {@return whether the period has data} */
    public boolean hasData() {
        return status != AimStatus.NO_DATA;
    }
}
