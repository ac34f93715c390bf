package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Records a sustain review: is the Always Event still happening reliably, and when is the next
 * review.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param findings what the review found
 * @param reviewedOn when
 * @param nextReviewBy when the next review is due, or null
 * @since 0.1.0
 */
public record RecordSustainReviewCommand(
        @NotBlank @Size(max = 2000) String findings,
        @NotNull LocalDate reviewedOn,
        @Nullable LocalDate nextReviewBy) implements ProjectCommand {

    /**
     * {@return whether the next review, if given, is after this one (checked as {@code
     * nextReviewAfterThisOne})}
     */
    @AssertTrue(message = "must be after the date of this review")
    public boolean isNextReviewAfterThisOne() {
        return nextReviewBy == null || reviewedOn == null || nextReviewBy.isAfter(reviewedOn);
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
