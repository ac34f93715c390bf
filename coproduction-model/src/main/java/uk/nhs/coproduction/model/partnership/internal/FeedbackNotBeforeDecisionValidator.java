package uk.nhs.coproduction.model.partnership.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import uk.nhs.coproduction.model.internal.Violations;
import uk.nhs.coproduction.model.partnership.Decision;
import uk.nhs.coproduction.model.partnership.FeedbackNotBeforeDecision;

/** Checks {@link FeedbackNotBeforeDecision}, reporting at {@code fedBackOn}. */
public final class FeedbackNotBeforeDecisionValidator
        implements ConstraintValidator<FeedbackNotBeforeDecision, Decision> {

    @Override
    public boolean isValid(Decision decision, ConstraintValidatorContext context) {
        if (decision == null || decision.fedBackOn() == null
                || !decision.fedBackOn().isBefore(decision.decidedOn())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Violations.at(context, "fedBackOn");
        return false;
    }
}
