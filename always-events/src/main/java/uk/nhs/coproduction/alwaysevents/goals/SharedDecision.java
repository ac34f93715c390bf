package uk.nhs.coproduction.alwaysevents.goals;

import java.util.Objects;
import java.util.Optional;

/**
 * A kind of project fact that counts as a design decision shared with people with lived
 * experience. Which kinds count is part of the operational definition
 * ({@link CoProductionDefinition#sharedDecisions()}), which is versioned data.
 *
 * @since 0.1.0
 */
public enum SharedDecision {
    /**
     * The Always Event's vision statement was agreed on a day when the co-design team already
     * included a member with lived experience (the method has the co-design team agree it).
     */
    VISION_AGREED_WITH_LIVED_EXPERIENCE("vision-agreed-with-lived-experience"),
    /**
     * An approval was given, while the project was in co-design, by a member of the co-design team
     * or the oversight group who has lived experience.
     */
    APPROVAL_BY_LIVED_EXPERIENCE_DURING_CO_DESIGN("approval-by-lived-experience-during-co-design");

    private final String code;

    SharedDecision(String code) {
        this.code = code;
    }

    /** {@return the code used in the definition's data, such as {@code vision-agreed-with-lived-experience}} */
    public String code() {
        return code;
    }

    /**
     * {@return the kind with this code}
     *
     * @param code a code such as {@code vision-agreed-with-lived-experience}
     */
    public static Optional<SharedDecision> fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (SharedDecision kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
