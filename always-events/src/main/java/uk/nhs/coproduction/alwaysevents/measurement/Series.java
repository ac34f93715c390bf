package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.RandomAccess;

/**
 * A time series: one {@link Observation} per period, in time order, as the caller gave them.
 * Every observation is a value ({@link Kind#VALUES}), or every observation is a count
 * ({@link Kind#COUNTS}), or every observation is a subgroup of values ({@link Kind#SUBGROUPS});
 * any of them may be missing. Missing periods are kept as gaps.
 *
 * <p>Build one with {@link #values()}, {@link #counts()} or {@link #subgroups()}; {@link
 * Builder#build()} refuses duplicate or blank periods, values that are not finite, negative
 * counts and empty subgroups, naming the point.
 * Periods are labels (for example {@code 2024-03} or {@code Week 12}); the series never reorders
 * them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Series {

    /**
     * What every observation of a series holds.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** One value per period. */
        VALUES,
        /** A numerator and a denominator per period. */
        COUNTS,
        /** Several values per period (a subgroup), summarised by size, mean and standard deviation. */
        SUBGROUPS
    }

    private final Kind kind;
    private final String[] periods;
    /** Values, or numerators; NaN marks a missing period. */
    private final double[] first;
    /** Denominators (COUNTS) or standard deviations (SUBGROUPS); NaN marks a missing period. */
    private final double @org.jspecify.annotations.Nullable [] second;
    /** Subgroup sizes (SUBGROUPS only). */
    private final int @org.jspecify.annotations.Nullable [] sizes;
    private final Map<String, Integer> indexByPeriod;

    private Series(Kind kind, String[] periods, double[] first, double @org.jspecify.annotations.Nullable [] second,
            int @org.jspecify.annotations.Nullable [] sizes, Map<String, Integer> indexByPeriod) {
        this.kind = kind;
        this.periods = periods;
        this.first = first;
        this.second = second;
        this.sizes = sizes;
        this.indexByPeriod = indexByPeriod;
    }

    /**
     * Starts a series of values.
     *
     * @return a new, empty builder of a series of values
     */
    public static Builder values() {
        return new Builder(Kind.VALUES);
    }

    /**
     * Starts a series of counts (numerator and denominator per period).
     *
     * @return a new, empty builder of a series of counts
     */
    public static Builder counts() {
        return new Builder(Kind.COUNTS);
    }

    /**
     * Starts a series of subgroups (several values per period), for the X&#772; and S charts.
     *
     * @return a new, empty builder of a series of subgroups
     */
    public static Builder subgroups() {
        return new Builder(Kind.SUBGROUPS);
    }

    /**
     * A series of values whose periods are numbered 1, 2, 3, ... (handy for examples and tests).
     *
     * @param values the values, each finite
     * @return the series, or a refusal naming any value that is not finite
     */
    public static Outcome<Series> ofValues(double... values) {
        Builder builder = values();
        for (int i = 0; i < values.length; i++) {
            builder.add(Integer.toString(i + 1), values[i]);
        }
        return builder.build();
    }

    /** {@return what the observations hold} */
    public Kind kind() {
        return kind;
    }

    /** {@return the number of periods, gaps included} */
    public int size() {
        return periods.length;
    }

    /**
     * {@return the period label of the point at {@code index} (0-based)}
     *
     * @param index the point's 0-based position
     */
    public String period(int index) {
        return periods[index];
    }

    /**
     * {@return the 0-based index of {@code period}, if the series has it}
     *
     * @param period the period's label, such as {@code 2024-03}
     */
    public OptionalInt indexOf(String period) {
        Integer index = indexByPeriod.get(period);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * {@return whether the period at {@code index} (0-based) has no data}
     *
     * @param index the point's 0-based position
     */
    public boolean isMissing(int index) {
        return Double.isNaN(first[index]);
    }

    /**
     * {@return the observation at {@code index} (0-based)}
     *
     * @param index the point's 0-based position
     */
    public Observation observation(int index) {
        if (isMissing(index)) {
            return new Observation.Missing(periods[index]);
        }
        if (kind == Kind.VALUES) {
            return new Observation.Value(periods[index], first[index]);
        }
        if (kind == Kind.SUBGROUPS) {
            return new Observation.Subgroup(periods[index], subgroupSizes()[index], first[index], denominators()[index]);
        }
        return new Observation.Count(periods[index], first[index], denominators()[index]);
    }

    /** {@return every observation in time order, as an unmodifiable list} */
    public List<Observation> observations() {
        return new ObservationList();
    }

    /** {@return every period label in time order, as an unmodifiable list} */
    public List<String> periods() {
        return List.of(periods);
    }

    /** The value, or the numerator, of each point; NaN for a gap. Not a copy: the analysis code only reads it. */
    double[] firstColumn() {
        return first;
    }

    /** The denominators of a series of counts, or the standard deviations of subgroups; NaN for a gap. */
    double[] denominators() {
        if (second == null) {
            throw new IllegalStateException("a series of values has no denominators");
        }
        return second;
    }

    /** The sizes of a series of subgroups (0 for a gap). */
    int[] subgroupSizes() {
        if (sizes == null) {
            throw new IllegalStateException("only a series of subgroups has subgroup sizes");
        }
        return sizes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Series that
                && kind == that.kind
                && Arrays.equals(periods, that.periods)
                && Arrays.equals(first, that.first)
                && Arrays.equals(second, that.second)
                && Arrays.equals(sizes, that.sizes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, Arrays.hashCode(periods), Arrays.hashCode(first), Arrays.hashCode(second), Arrays.hashCode(sizes));
    }

    @Override
    public String toString() {
        return "Series[" + kind + ", " + periods.length + " periods"
                + (periods.length == 0 ? "" : ", " + periods[0] + " to " + periods[periods.length - 1]) + "]";
    }

    private final class ObservationList extends AbstractList<Observation> implements RandomAccess {
        @Override
        public Observation get(int index) {
            return observation(index);
        }

        @Override
        public int size() {
            return periods.length;
        }
    }

    /**
     * Collects observations in time order. Every problem is recorded (not thrown) and reported by
     * {@link #build()}, so a caller reading a file learns about every bad line at once. A builder is
     * not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Kind kind;
        private final List<String> periods = new ArrayList<>();
        private double[] first = new double[16];
        private double[] second;
        private int[] sizes;
        private final List<Problem> problems = new ArrayList<>();

        private Builder(Kind kind) {
            this.kind = kind;
            this.second = kind == Kind.VALUES ? new double[0] : new double[16];
            this.sizes = kind == Kind.SUBGROUPS ? new int[16] : new int[0];
        }

        /**
         * Adds a value (a series of values only).
         *
         * @param period the period's label, such as {@code 2024-03}
         * @param value the value
         * @return this builder
         * @throws IllegalStateException if this builder collects counts
         */
        public Builder add(String period, double value) {
            requireKind(Kind.VALUES);
            int point = append(period, value, Double.NaN);
            if (!Double.isFinite(value)) {
                problems.add(Problem.at(Problem.Kind.NOT_FINITE, point, period,
                        "Point " + point + " (" + period + "): the value " + value + " is not a finite number."));
                first[point - 1] = 0;
            }
            return this;
        }

        /**
         * Adds a count (a series of counts only): {@code numerator} events out of
         * {@code denominator}.
         *
         * @param period the period's label, such as {@code 2024-03}
         * @param numerator for how many the event happened
         * @param denominator how many were eligible
         * @return this builder
         * @throws IllegalStateException if this builder collects values
         */
        public Builder add(String period, double numerator, double denominator) {
            requireKind(Kind.COUNTS);
            int point = append(period, numerator, denominator);
            if (!Double.isFinite(numerator) || !Double.isFinite(denominator)) {
                problems.add(Problem.at(Problem.Kind.NOT_FINITE, point, period, "Point " + point + " (" + period
                        + "): the numerator and denominator must be finite numbers."));
                first[point - 1] = 0;
                second[point - 1] = 0;
            } else if (numerator < 0 || denominator < 0) {
                problems.add(Problem.at(Problem.Kind.NEGATIVE_COUNT, point, period, "Point " + point + " ("
                        + period + "): " + CountRule.problemWith(numerator, denominator) + "."));
            }
            return this;
        }

        /**
         * Adds a subgroup of values measured in one period (a series of subgroups only).
         *
         * @param period the period's label, such as {@code 2024-03}
         * @param subgroupValues the values, at least one, each finite
         * @return this builder
         * @throws IllegalStateException if this builder does not collect subgroups
         */
        public Builder addSubgroup(String period, double... subgroupValues) {
            requireKind(Kind.SUBGROUPS);
            boolean finite = subgroupValues.length > 0;
            for (double value : subgroupValues) {
                finite &= Double.isFinite(value);
            }
            if (!finite) {
                int point = append(period, 0, 0);
                sizes[point - 1] = 1;
                problems.add(Problem.at(subgroupValues.length == 0 ? Problem.Kind.EMPTY_SUBGROUP
                        : Problem.Kind.NOT_FINITE, point, period, "Point " + point + " (" + period + "): "
                        + (subgroupValues.length == 0 ? "the subgroup has no values."
                                : "every value of the subgroup must be a finite number.")));
                return this;
            }
            return add(Observation.Subgroup.of(period, subgroupValues));
        }

        /**
         * Adds a subgroup given by its summary (a series of subgroups only): {@code size} values
         * with this mean and sample standard deviation.
         *
         * @param period the period's label, such as {@code 2024-03}
         * @param size how many values
         * @param mean their mean
         * @param standardDeviation their sample standard deviation (divisor {@code size - 1})
         * @return this builder
         * @throws IllegalStateException if this builder does not collect subgroups
         */
        public Builder addSubgroupSummary(String period, int size, double mean, double standardDeviation) {
            requireKind(Kind.SUBGROUPS);
            int point = append(period, mean, standardDeviation);
            sizes[point - 1] = size;
            if (size < 1) {
                problems.add(Problem.at(Problem.Kind.EMPTY_SUBGROUP, point, period, "Point " + point + " (" + period
                        + "): a subgroup needs at least one value, not " + size + "."));
                sizes[point - 1] = 1;
            }
            if (!Double.isFinite(mean) || !Double.isFinite(standardDeviation)) {
                problems.add(Problem.at(Problem.Kind.NOT_FINITE, point, period, "Point " + point + " (" + period
                        + "): the mean and standard deviation must be finite numbers."));
                first[point - 1] = 0;
                second[point - 1] = 0;
            } else if (standardDeviation < 0) {
                problems.add(Problem.at(Problem.Kind.NEGATIVE_COUNT, point, period, "Point " + point + " (" + period
                        + "): the standard deviation " + standardDeviation + " is negative."));
            }
            return this;
        }

        /**
         * Adds a period with no data: a gap that is kept, never dropped.
         *
         * @param period the period's label, such as {@code 2024-03}
         * @return this builder
         */
        public Builder addMissing(String period) {
            append(period, Double.NaN, Double.NaN);
            return this;
        }

        /**
         * Adds an observation of the builder's kind, or a missing one.
         *
         * @param observation the observation, or a missing one
         * @return this builder
         */
        public Builder add(Observation observation) {
            if (observation instanceof Observation.Value value) {
                return add(value.period(), value.value());
            }
            if (observation instanceof Observation.Count count) {
                return add(count.period(), count.numerator(), count.denominator());
            }
            if (observation instanceof Observation.Subgroup subgroup) {
                return addSubgroupSummary(subgroup.period(), subgroup.size(), subgroup.mean(),
                        subgroup.standardDeviation());
            }
            return addMissing(observation.period());
        }

        /** {@return the series, or a refusal listing every problem found} */
        public Outcome<Series> build() {
            List<Problem> found = new ArrayList<>(problems);
            int size = periods.size();
            if (size == 0) {
                found.add(Problem.of(Problem.Kind.EMPTY_SERIES, "The series has no points."));
            }
            Map<String, Integer> index = new HashMap<>(Math.max(16, size * 4 / 3 + 1));
            for (int i = 0; i < size; i++) {
                String period = periods.get(i);
                Integer earlier = index.putIfAbsent(period, i);
                if (earlier != null) {
                    found.add(Problem.at(Problem.Kind.DUPLICATE_PERIOD, i + 1, period, "Point " + (i + 1)
                            + ": the period " + period + " was already given at point " + (earlier + 1) + "."));
                }
            }
            if (!found.isEmpty()) {
                found.sort((a, b) -> Integer.compare(a.point(), b.point()));
                return Outcome.refused(found);
            }
            return Outcome.accepted(new Series(kind, periods.toArray(String[]::new), Arrays.copyOf(first, size),
                    kind == Kind.VALUES ? null : Arrays.copyOf(second, size),
                    kind == Kind.SUBGROUPS ? Arrays.copyOf(sizes, size) : null,
                    java.util.Collections.unmodifiableMap(index)));
        }

        private int append(String period, double a, double b) {
            Objects.requireNonNull(period, "period");
            int point = periods.size() + 1;
            if (point > first.length) {
                first = Arrays.copyOf(first, first.length * 2);
                if (kind != Kind.VALUES) {
                    second = Arrays.copyOf(second, second.length * 2);
                }
                if (kind == Kind.SUBGROUPS) {
                    sizes = Arrays.copyOf(sizes, sizes.length * 2);
                }
            }
            periods.add(period);
            first[point - 1] = a;
            if (kind != Kind.VALUES) {
                second[point - 1] = b;
            }
            if (period.isBlank()) {
                problems.add(Problem.at(Problem.Kind.BLANK_PERIOD, point, period,
                        "Point " + point + ": the period label is blank."));
            }
            return point;
        }

        private void requireKind(Kind wanted) {
            if (kind != wanted) {
                throw new IllegalStateException("this builder collects " + kind.name().toLowerCase(java.util.Locale.ROOT)
                        + "; use Series." + (wanted == Kind.VALUES ? "values()"
                                : wanted == Kind.COUNTS ? "counts()" : "subgroups()"));
            }
        }
    }
}
