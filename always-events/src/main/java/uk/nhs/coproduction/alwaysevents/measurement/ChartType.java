package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of chart, each with its centre line and limits. The constants and formulas are those
 * of the peers named in the project's documentation:
 *
 * <ul>
 *   <li>{@link #RUN}: centre line at the median; no limits.</li>
 *   <li>{@link #I}: individuals chart: mean &plusmn; 3&sigma; with &sigma; = AMR / 1.128
 *       (qicharts2, Power BI SPC visual).</li>
 *   <li>{@link #MR}: moving-range chart: mean moving range, upper limit 3.267 &times; AMR.</li>
 *   <li>{@link #P}: proportions with varying denominators: pooled proportion &plusmn;
 *       3&radic;(p(1&minus;p)/n<sub>i</sub>), clamped to [0, 1].</li>
 *   <li>{@link #P_PRIME}: Laney's P&prime; chart: the P chart's &sigma; times the spread of the
 *       standardised values between periods.</li>
 *   <li>{@link #U}: rates: pooled rate &plusmn; 3&radic;(u/n<sub>i</sub>), lower limit floored at 0.</li>
 *   <li>{@link #XMR}: NHS England "Making Data Count" XmR chart: mean &plusmn; 2.66 &times; AMR
 *       (NHSRplotthedots).</li>
 * </ul>
 *
 * @since 0.1.0
 */
public enum ChartType {
    /** Run chart: the median, no limits. */
    RUN("run", "Run chart"),
    /** Individuals (I) chart. */
    I("i", "I chart"),
    /** Moving-range (MR) chart. */
    MR("mr", "MR chart"),
    /** P chart (proportions). */
    P("p", "P chart"),
    /** Laney's P&prime; chart (proportions with large denominators). */
    P_PRIME("pp", "P′ chart"),
    /** U chart (rates). */
    U("u", "U chart"),
    /** Making Data Count XmR chart. */
    XMR("xmr", "XmR chart (Making Data Count)");

    private final String code;
    private final String title;

    ChartType(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /**
     * {@return the short code used by the command line and the JSON output ({@code run}, {@code
     * pp}, ...)}
     */
    public String code() {
        return code;
    }

    /** {@return a human-readable name, for example "P chart"} */
    public String title() {
        return title;
    }

    /** {@return whether the chart needs counts (a numerator and a denominator per period)} */
    public boolean needsCounts() {
        return this == P || this == P_PRIME || this == U;
    }

    /** {@return whether the chart has control limits} */
    public boolean hasLimits() {
        return this != RUN;
    }

    /**
     * {@return the chart type with this {@link #code()}, ignoring case}
     *
     * @param code a code such as {@code run} or {@code xmr}
     */
    public static Optional<ChartType> fromCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (ChartType type : values()) {
            if (type.code.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
