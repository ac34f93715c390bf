package uk.nhs.coproduction.alwaysevents.pdsa;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The "study" of a PDSA cycle: the data analysed and compared with the prediction, and what was
 * learnt.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param learning what the data showed and what was learnt, never blank
 * @param predictionConfirmed whether what happened matched the prediction
 * @param studiedOn when it was studied
 * @since 0.1.0
 */
public record Study(String learning, boolean predictionConfirmed, LocalDate studiedOn) {

    /**
     * Checks the components.
     *
     * @param learning what the data showed and what was learnt, never blank
     * @param predictionConfirmed whether what happened matched the prediction
     * @param studiedOn when it was studied
     */
    public Study {
        Objects.requireNonNull(learning, "learning");
        Objects.requireNonNull(studiedOn, "studiedOn");
        if (learning.isBlank()) {
            throw new IllegalArgumentException("the study step needs what was learnt");
        }
    }

    /** Shows the judgement and date only. */
    @Override
    public String toString() {
        return "Study[predictionConfirmed=" + predictionConfirmed + ", studiedOn=" + studiedOn + "]";
    }
}
