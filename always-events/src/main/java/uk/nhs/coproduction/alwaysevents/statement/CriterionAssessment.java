package uk.nhs.coproduction.alwaysevents.statement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The co-design team's judgement of one {@link Criterion}, with the evidence for it. A later
 * assessment of the same criterion replaces an earlier one.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param met whether the Always Event meets it
 * @param evidence the evidence, in plain English, never blank
 * @param assessedOn when it was assessed
 * @since 0.1.0
 */
public record CriterionAssessment(Criterion criterion, boolean met, String evidence, LocalDate assessedOn) {

    /**
     * Checks the components.
     *
     * @param criterion the criterion
     * @param met whether the Always Event meets it
     * @param evidence the evidence, in plain English, never blank
     * @param assessedOn when it was assessed
     */
    public CriterionAssessment {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(assessedOn, "assessedOn");
        if (evidence.isBlank()) {
            throw new IllegalArgumentException("an assessment of " + criterion + " needs evidence");
        }
    }

    /**
     * {@return the criterion is met, for this evidence}
     *
     * @param criterion the criterion
     * @param evidence the evidence, in plain English, never blank
     * @param assessedOn when it was assessed
     */
    public static CriterionAssessment met(Criterion criterion, String evidence, LocalDate assessedOn) {
        return new CriterionAssessment(criterion, true, evidence, assessedOn);
    }

    /**
     * {@return the criterion is not met yet, for this reason}
     *
     * @param criterion the criterion
     * @param evidence the evidence, in plain English, never blank
     * @param assessedOn when it was assessed
     */
    public static CriterionAssessment notMet(Criterion criterion, String evidence, LocalDate assessedOn) {
        return new CriterionAssessment(criterion, false, evidence, assessedOn);
    }

    /** Shows the criterion, the judgement and the date; the evidence may be long and is left out. */
    @Override
    public String toString() {
        return "CriterionAssessment[" + criterion + (met ? " met" : " not met") + " on " + assessedOn + "]";
    }
}
