package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;

/**
 * A sustain review was recorded.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param review the review
 * @since 0.1.0
 */
public record SustainReviewRecordedEvent(SustainReview review) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param review the review
     */
    public SustainReviewRecordedEvent {
        Objects.requireNonNull(review, "review");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
