package uk.nhs.coproduction.alwaysevents.measurement;

/**
 * The limits at one point: the process (3-sigma) limits and the 2-sigma and 1-sigma lines, on the
 * chart's displayed scale. P and P&prime; limits are clamped to [0, 1] (times the multiplier), U and
 * MR lower limits to 0. This record is immutable and thread-safe.
 *
 * @param lower the lower process (3-sigma) limit
 * @param upper the upper process (3-sigma) limit
 * @param lower2Sigma the lower 2-sigma line
 * @param upper2Sigma the upper 2-sigma line
 * @param lower1Sigma the lower 1-sigma line
 * @param upper1Sigma the upper 1-sigma line
 * @since 0.1.0
 */
public record ControlLimits(double lower, double upper, double lower2Sigma, double upper2Sigma,
        double lower1Sigma, double upper1Sigma) {
}
