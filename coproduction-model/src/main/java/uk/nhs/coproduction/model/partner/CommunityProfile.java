package uk.nhs.coproduction.model.partner;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The community information of a group of partners, in aggregate only: how many shared it, how
 * many of them belong to a disadvantaged or minority community, and how many in each group, with
 * small numbers suppressed. It never says who.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param suppressionThreshold counts from 1 up to one below this are reported as "fewer than"
 * @param partners how many partners were counted
 * @param shared how many of them shared community information
 * @param inDisadvantagedOrMinorityCommunities how many say they belong to at least one group
 * @param byGroup how many say they belong to each group, for every group
 * @since 0.1.0
 */
public record CommunityProfile(
        int suppressionThreshold,
        int partners,
        AggregateCount shared,
        AggregateCount inDisadvantagedOrMinorityCommunities,
        Map<CommunityGroup, AggregateCount> byGroup) {

    /** The threshold used unless another is given: counts from 1 to 4 are suppressed. */
    public static final int DEFAULT_SUPPRESSION_THRESHOLD = 5;

    /**
     * Copies the map; rejects nulls.
     *
     * @param suppressionThreshold counts from 1 up to one below this are reported as "fewer than"
     * @param partners how many partners were counted
     * @param shared how many of them shared community information
     * @param inDisadvantagedOrMinorityCommunities how many say they belong to at least one group
     * @param byGroup how many say they belong to each group, for every group
     */
    public CommunityProfile {
        Objects.requireNonNull(shared, "shared");
        Objects.requireNonNull(inDisadvantagedOrMinorityCommunities, "inDisadvantagedOrMinorityCommunities");
        EnumMap<CommunityGroup, AggregateCount> copy = new EnumMap<>(CommunityGroup.class);
        copy.putAll(Objects.requireNonNull(byGroup, "byGroup"));
        byGroup = Collections.unmodifiableMap(copy);
    }

    /**
     * {@return the profile of these partners, suppressing counts below {@link
     * #DEFAULT_SUPPRESSION_THRESHOLD}}
     *
     * @param partners how many partners were counted
     */
    public static CommunityProfile of(Collection<Partner> partners) {
        return of(partners, DEFAULT_SUPPRESSION_THRESHOLD);
    }

    /**
     * {@return the profile of these partners, suppressing counts from 1 to {@code threshold - 1}}
     *
     * @param partners how many partners were counted
     * @param threshold the smallest count shown as a number; counts from 1 to one below it are
     *     shown as "fewer than" it
     */
    public static CommunityProfile of(Collection<Partner> partners, int threshold) {
        int shared = 0;
        int identifying = 0;
        EnumMap<CommunityGroup, Integer> counts = new EnumMap<>(CommunityGroup.class);
        for (Partner partner : partners) {
            CommunityInformation information = partner.communityInformation();
            if (information == null) {
                continue;
            }
            shared++;
            if (information.identifiesWithAny()) {
                identifying++;
            }
            for (CommunityGroup group : information.groups()) {
                counts.merge(group, 1, Integer::sum);
            }
        }
        EnumMap<CommunityGroup, AggregateCount> byGroup = new EnumMap<>(CommunityGroup.class);
        for (CommunityGroup group : CommunityGroup.values()) {
            byGroup.put(group, AggregateCount.of(counts.getOrDefault(group, 0), threshold));
        }
        return new CommunityProfile(threshold, partners.size(), AggregateCount.of(shared, threshold),
                AggregateCount.of(identifying, threshold), byGroup);
    }

    /**
     * {@return the answer to "are people from disadvantaged and minority communities involved?"}
     */
    public CommunityInvolvement involvement() {
        if (!shared.isAny()) {
            return CommunityInvolvement.NOT_KNOWN;
        }
        return inDisadvantagedOrMinorityCommunities.isAny()
                ? CommunityInvolvement.SHOWN
                : CommunityInvolvement.NOT_SHOWN;
    }
}
