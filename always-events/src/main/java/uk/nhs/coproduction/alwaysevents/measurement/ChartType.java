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
 *   <li>{@link #C}: counts of events per period (a Poisson count): mean count c&#772; &plusmn;
 *       3&radic;c&#772;, lower limit floored at 0 (qicharts2, Power BI SPC visual).</li>
 *   <li>{@link #G}: rare events, the number of cases (opportunities) between events (geometric):
 *       limits m &plusmn; 3&radic;(m(m+1)) from the mean m of the baseline, lower limit floored at
 *       0, and the centre line at the <em>median</em> of the baseline, as qicharts2 and the Power
 *       BI SPC visual draw it (the runs rules read the points against that median). qicharts2
 *       takes the median of every point of the chart even after a freeze; this library takes the
 *       median of the baseline, so that a frozen chart equals the chart of its baseline alone.</li>
 *   <li>{@link #T}: rare events, the time (for example days) between events: every time y is
 *       transformed to y<sup>1/3.6</sup> (Nelson), an I chart is worked out on that scale (moving
 *       ranges screened or not as the {@link ChartSpec} says), and the centre line and limits are
 *       transformed back by the power 3.6; a lower limit below 0 on the transformed scale is 0.
 *       Times must be greater than zero.</li>
 *   <li>{@link #XBAR}: subgroup means: the centre line is the mean of the subgroup means weighted
 *       by subgroup size, limits x&#772; &plusmn; 3s&#772;/(c<sub>4</sub>(n<sub>i</sub>)&radic;n<sub>i</sub>)
 *       (A<sub>3</sub>s&#772;), with s&#772; the pooled standard deviation
 *       &radic;(&Sigma;(n<sub>i</sub>&minus;1)s<sub>i</sub>&sup2; / &Sigma;(n<sub>i</sub>&minus;1))
 *       (Montgomery 6.31) for constant and varying sizes alike.</li>
 *   <li>{@link #S}: subgroup standard deviations: centre line s&#772; (pooled as above), limits
 *       s&#772;(1 &plusmn; 3&radic;(1&minus;c<sub>4</sub>&sup2;)/c<sub>4</sub>) (B<sub>3</sub> and
 *       B<sub>4</sub>), lower limit floored at 0. Every subgroup needs two or more values.</li>
 * </ul>
 *
 * <p>For {@link #XBAR} and {@link #S} the constant c<sub>4</sub>(n) =
 * &radic;(2/(n&minus;1)) &Gamma;(n/2) / &Gamma;((n&minus;1)/2) is computed exactly for every
 * subgroup size, as the Power BI SPC visual does, and the results are tested against its figures.
 * qicharts2 differs in two ways: it reads A<sub>3</sub>, B<sub>3</sub>, B<sub>4</sub> from
 * three-decimal tables for sizes up to 25, and with a constant subgroup size it uses the plain
 * mean of the standard deviations for s&#772;; its limits differ from ours in the third or
 * fourth significant figure.
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
    XMR("xmr", "XmR chart (Making Data Count)"),
    /** C chart (counts of events per period). */
    C("c", "C chart"),
    /** G chart (cases or opportunities between rare events). */
    G("g", "G chart"),
    /** T chart (time between rare events). */
    T("t", "T chart"),
    /** X&#772; chart (means of subgroups). */
    XBAR("xbar", "X̄ chart"),
    /** S chart (standard deviations of subgroups). */
    S("s", "S chart");

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

    /**
     * {@return whether the chart needs subgroups (several values per period, {@link
     * Series#subgroups()})}
     */
    public boolean needsSubgroups() {
        return this == XBAR || this == S;
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
