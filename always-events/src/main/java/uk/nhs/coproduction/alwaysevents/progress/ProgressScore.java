package uk.nhs.coproduction.alwaysevents.progress;

import java.math.BigDecimal;

/**
 * A score on the IHI progress scale: 0.5 to 5 in steps of 0.5. What each score means is in the
 * {@link ProgressScale}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the score: 0.5, 1, 1.5, … or 5
 * @since 0.1.0
 */
public record ProgressScore(double value) implements Comparable<ProgressScore> {

    /** The lowest score: intent to take part. */
    public static final ProgressScore LOWEST = new ProgressScore(0.5);
    /** The highest score: outstanding, sustained results. */
    public static final ProgressScore HIGHEST = new ProgressScore(5.0);

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final String PARSE_RULE = "a progress score is 0.5 to 5 in steps of 0.5, such as 2.5";

    /**
     * Checks that the value is on the scale.
     *
     * @param value the score: 0.5, 1, 1.5, … or 5
     */
    public ProgressScore {
        if (!(value >= 0.5 && value <= 5.0) || value * 2 != Math.rint(value * 2)) {
            throw new IllegalArgumentException("a progress score is 0.5 to 5 in steps of 0.5, such as 2.5: " + value);
        }
    }

    /**
     * {@return the score {@code value}}
     *
     * @param value the score: 0.5, 1, 1.5, … or 5
     */
    public static ProgressScore of(double value) {
        return new ProgressScore(value);
    }

    /**
     * Parses a score written as {@code 2.5} or {@code 3}.
     *
     * @param text the score's text
     * @return the score
     * @throws IllegalArgumentException if the text is not a score on the scale
     */
    public static ProgressScore parse(String text) {
        BigDecimal exact;
        try {
            exact = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PARSE_RULE, e);
        }
        // Checked exactly before it becomes a double, so 5.00000000000000000001 is not taken for 5
        // and 1e400 is not taken for infinity.
        BigDecimal doubled = exact.multiply(TWO);
        if (doubled.compareTo(BigDecimal.ONE) < 0 || doubled.compareTo(BigDecimal.TEN) > 0
                || doubled.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(PARSE_RULE);
        }
        return of(exact.doubleValue());
    }

    @Override
    public int compareTo(ProgressScore other) {
        return Double.compare(value, other.value);
    }

    /** The score as written on the scale: "0.5", "1.0", … "5.0". */
    @Override
    public String toString() {
        return BigDecimal.valueOf(value).setScale(1).toPlainString();
    }
}
