package uk.nhs.coproduction.model.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One of the ten principles of NHS England's statutory guidance on working in partnership with
 * people and communities, worded as the edition in use words it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key which principle this is
 * @param text the principle
 * @param confidence how far this item's wording can be trusted, or null when the edition's
 *     confidence applies
 * @since 0.1.0
 */
public record StatutoryPrinciple(
        Key key,
        @NotBlank @Size(max = 1000) String text,
        @Nullable @Valid Confidence confidence) {

    /**
     * The ten principles, in the guidance's order. The wording is data; these only name them.
     *
     * @since 0.1.0
     */
    public enum Key {
        /** Voices of people and communities at the centre of decision-making and governance. */
        VOICES_AT_THE_CENTRE,
        /** Start early and involve at every stage; feed back how involvement shaped decisions. */
        START_EARLY_AND_FEED_BACK,
        /** Understand communities' needs, experience, ideas and aspirations. */
        UNDERSTAND_COMMUNITY_NEEDS,
        /** Build trust with people who are excluded or marginalised. */
        BUILD_TRUST_WITH_EXCLUDED_GROUPS,
        /** Work with Healthwatch and the voluntary, community and social enterprise sector. */
        WORK_WITH_HEALTHWATCH_AND_VCSE,
        /** Clear, accessible public information about vision, plans and progress. */
        CLEAR_ACCESSIBLE_INFORMATION,
        /** Community-centred approaches that empower people. */
        COMMUNITY_CENTRED_APPROACHES,
        /** A range of approaches, so people can take part and services are accountable. */
        RANGE_OF_APPROACHES,
        /** Tackle system priorities and service change in partnership. */
        TACKLE_PRIORITIES_IN_PARTNERSHIP,
        /** Learn from what works and build on the assets of all partners. */
        LEARN_AND_BUILD_ON_ASSETS
    }

    /**
     * Rejects nulls other than the confidence.
     *
     * @param key which principle this is
     * @param text the principle
     * @param confidence how far this item's wording can be trusted, or null when the edition's
     *     confidence applies
     */
    public StatutoryPrinciple {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
    }
}
