package uk.nhs.coproduction.model.alignment;

import java.util.Objects;

/**
 * Whether an initiative is inside one circle, and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param circle the circle
 * @param inside whether the initiative's facts place it inside the circle
 * @param reason why, in plain English
 * @since 0.1.0
 */
public record CircleAssessment(Circle circle, boolean inside, String reason) {

    /**
     * Rejects nulls.
     *
     * @param circle the circle
     * @param inside whether the initiative's facts place it inside the circle
     * @param reason why, in plain English
     */
    public CircleAssessment {
        Objects.requireNonNull(circle, "circle");
        Objects.requireNonNull(reason, "reason");
    }
}
