package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A review while sustaining the Always Event&reg;: is it still happening reliably, and who owns
 * it, with the date of the next review. One NHS trust reviews its target every six months.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reviewedOn when it was reviewed
 * @param findings what the review found, never blank
 * @param nextReviewBy when the next review is due, or null
 * @since 0.1.0
 */
public record SustainReview(LocalDate reviewedOn, String findings, @Nullable LocalDate nextReviewBy) {

    /**
     * Checks the components.
     *
     * @param reviewedOn when it was reviewed
     * @param findings what the review found, never blank
     * @param nextReviewBy when the next review is due, or null
     */
    public SustainReview {
        Objects.requireNonNull(reviewedOn, "reviewedOn");
        Objects.requireNonNull(findings, "findings");
        if (findings.isBlank()) {
            throw new IllegalArgumentException("a sustain review needs its findings");
        }
        if (nextReviewBy != null && !nextReviewBy.isAfter(reviewedOn)) {
            throw new IllegalArgumentException("the next review must be after this one");
        }
    }
}
