package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The summary of one part of a chart (a part is a chart of its own: its own centre line, limits
 * and rules). Runs figures are present for the Anhøj and IHI rule sets and empty for Making Data
 * Count; thresholds are empty when the part has no useful observations (or, for the IHI runs
 * limits, fewer than 10). This record is immutable and thread-safe.
 *
 * @param part the 1-based part number
 * @param firstPoint the 1-based number of its first point
 * @param lastPoint the 1-based number of its last point
 * @param observations the included points of the part, gaps included (qicharts2 {@code n.obs})
 * @param usefulObservations the included points with a value not on the centre line
 * @param longestRun the longest run of useful points on one side of the centre line
 * @param longestRunMax the longest run allowed without a signal (Anhøj: round(log2 n) + 3; IHI:
 *     one less than the shift length)
 * @param crossings how often the line crosses the centre line (the number of runs less one)
 * @param crossingsMin the fewest crossings expected (Anhøj: binomial 5 % quantile; IHI: the
 *     fewest runs less one)
 * @param crossingsMax the most crossings expected (IHI only: the most runs less one)
 * @param runsSignal whether the part has a runs signal (any point's {@code runsSignal})
 * @param sigmaSignals the number of points beyond the process limits
 * @param centre the centre line (the mean of the part's centre line, as qicharts2 reports it)
 * @param averageLimits the mean of each limit over the part's points that have limits
 * @param trialLimits whether the part has fewer than 13 points, so its limits are trial limits
 *     (NHSRplotthedots warns the same)
 * @param pointTypes how many points of each type (empty map with the Anhøj rules)
 * @param latestPointType the type of the part's last point with a value (its variation)
 * @param assurance the assurance icon from the part's last limits, when a target is set, the
 *     direction is not neutral and the part has limits
 * @since 0.1.0
 */
public record PartSummary(int part, int firstPoint, int lastPoint, int observations, int usefulObservations,
        OptionalInt longestRun, OptionalInt longestRunMax, OptionalInt crossings, OptionalInt crossingsMin,
        OptionalInt crossingsMax, boolean runsSignal, int sigmaSignals, OptionalDouble centre,
        Optional<ControlLimits> averageLimits, boolean trialLimits, Map<PointType, Integer> pointTypes,
        Optional<PointType> latestPointType, Optional<AssuranceIcon> assurance) {

    /**
     * Checks and copies the components.
     *
     * @param part the 1-based part number
     * @param firstPoint the 1-based number of its first point
     * @param lastPoint the 1-based number of its last point
     * @param observations the included points of the part, gaps included (qicharts2 {@code n.obs})
     * @param usefulObservations the included points with a value not on the centre line
     * @param longestRun the longest run of useful points on one side of the centre line
     * @param longestRunMax the longest run allowed without a signal (Anhøj: round(log2 n) + 3; IHI:
     *     one less than the shift length)
     * @param crossings how often the line crosses the centre line (the number of runs less one)
     * @param crossingsMin the fewest crossings expected (Anhøj: binomial 5 % quantile; IHI: the
     *     fewest runs less one)
     * @param crossingsMax the most crossings expected (IHI only: the most runs less one)
     * @param runsSignal whether the part has a runs signal (any point's {@code runsSignal})
     * @param sigmaSignals the number of points beyond the process limits
     * @param centre the centre line (the mean of the part's centre line, as qicharts2 reports it)
     * @param averageLimits the mean of each limit over the part's points that have limits
     * @param trialLimits whether the part has fewer than 13 points, so its limits are trial limits
     *     (NHSRplotthedots warns the same)
     * @param pointTypes how many points of each type (empty map with the Anhøj rules)
     * @param latestPointType the type of the part's last point with a value (its variation)
     * @param assurance the assurance icon from the part's last limits, when a target is set, the
     *     direction is not neutral and the part has limits
     */
    public PartSummary {
        Objects.requireNonNull(longestRun, "longestRun");
        Objects.requireNonNull(longestRunMax, "longestRunMax");
        Objects.requireNonNull(crossings, "crossings");
        Objects.requireNonNull(crossingsMin, "crossingsMin");
        Objects.requireNonNull(crossingsMax, "crossingsMax");
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(averageLimits, "averageLimits");
        pointTypes = pointTypes.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(pointTypes));
        Objects.requireNonNull(latestPointType, "latestPointType");
        Objects.requireNonNull(assurance, "assurance");
    }

    /** {@return the number of points in the part, gaps and excluded points included} */
    public int size() {
        return lastPoint - firstPoint + 1;
    }

    /**
     * {@return how many points of the part have {@code type}}
     *
     * @param type the point type to count
     */
    public int count(PointType type) {
        return pointTypes.getOrDefault(type, 0);
    }
}
