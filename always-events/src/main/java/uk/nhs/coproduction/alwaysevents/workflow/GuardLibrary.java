package uk.nhs.coproduction.alwaysevents.workflow;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.nhs.coproduction.alwaysevents.workflow.internal.StandardGuards;

/**
 * The kinds of guard a workflow definition can name, each with a factory that turns a
 * {@link GuardSpec} and the definition's {@link Wording} into a {@link Guard}.
 *
 * <p>{@link #standard()} knows the built-in kinds:
 * <ul>
 *   <li>{@code executive-sponsor}: a board-level executive sponsor has been appointed;</li>
 *   <li>{@code co-design-team} ({@code minimumLivedExperienceShare}, default 0.4): the co-design
 *       team has people with lived experience and front-line staff, with at least that share of
 *       lived-experience members;</li>
 *   <li>{@code what-matters-evidence} ({@code minimumRecords}, default 1): what matters has been
 *       heard from people who use the service;</li>
 *   <li>{@code lived-experience-from-the-start}: every member with lived experience was in the
 *       team while what matters was being understood;</li>
 *   <li>{@code always-event-statements}: vision and aim statements exist;</li>
 *   <li>{@code four-criteria}: all four criteria are assessed as met;</li>
 *   <li>{@code completed-pdsa-cycle}: a PDSA cycle ended with the change adopted or adapted;</li>
 *   <li>{@code baseline-measurements} ({@code minimumPeriods}, default 6): enough periods are
 *       measured for a baseline;</li>
 *   <li>{@code reliability-sustained} ({@code latestPeriods}, default 6, or
 *       {@code shiftAfterBaseline}): reliability is sustained at the aim, as the measurement
 *       package judges it;</li>
 *   <li>{@code spread-sites-reporting} ({@code minimumSites}, default 1; {@code minimumPeriods},
 *       default 3): other units or organisations have taken the Always Event up and report
 *       measurements;</li>
 *   <li>{@code approval-recorded} ({@code approval}, required): a named approval has been
 *       recorded, for organisations that add an approval step.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GuardLibrary {

    /**
     * Makes a guard from its declaration and the definition's wording.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface Factory {
        /**
         * {@return a guard for {@code spec}}
         *
         * @param spec the guard's kind and parameters, as a definition declares them
         * @param wording the wording its reasons use
         * @throws IllegalArgumentException naming the parameter when a parameter is invalid
         */
        Guard create(GuardSpec spec, Wording wording);
    }

    private static final GuardLibrary STANDARD = new GuardLibrary(StandardGuards.factories());

    private final Map<String, Factory> factories;

    private GuardLibrary(Map<String, Factory> factories) {
        this.factories = Collections.unmodifiableMap(new TreeMap<>(factories));
    }

    /** {@return the built-in kinds of guard} */
    public static GuardLibrary standard() {
        return STANDARD;
    }

    /**
     * {@return this library with one more kind of guard (or another factory for an existing kind)}
     *
     * @param kind the kind's name, as definitions declare it
     * @param factory makes guards of that kind
     */
    public GuardLibrary with(String kind, Factory factory) {
        GuardSpec.of(kind); // checks the form of the kind
        TreeMap<String, Factory> more = new TreeMap<>(factories);
        more.put(kind, Objects.requireNonNull(factory, "factory"));
        return new GuardLibrary(more);
    }

    /** {@return the kinds this library knows} */
    public SortedSet<String> kinds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(factories.keySet()));
    }

    /**
     * {@return the guard for {@code spec}}
     *
     * @param spec the guard's kind and parameters, as a definition declares them
     * @param wording the wording its reasons use
     * @throws IllegalArgumentException when the kind is unknown or a parameter is invalid
     */
    public Guard create(GuardSpec spec, Wording wording) {
        Factory factory = factories.get(spec.kind());
        if (factory == null) {
            throw new IllegalArgumentException("unknown kind of guard '" + spec.kind() + "'; known kinds: "
                    + String.join(", ", factories.keySet()));
        }
        return factory.create(spec, wording);
    }
}
