package uk.nhs.coproduction.model.partnership.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import uk.nhs.coproduction.model.internal.Violations;
import uk.nhs.coproduction.model.partnership.DecisionsNotBeforeStart;
import uk.nhs.coproduction.model.partnership.Partnership;

/** Checks {@link DecisionsNotBeforeStart}, reporting at {@code decisions[i].decidedOn}. */
public final class DecisionsNotBeforeStartValidator
        implements ConstraintValidator<DecisionsNotBeforeStart, Partnership> {

    @Override
    public boolean isValid(Partnership partnership, ConstraintValidatorContext context) {
        if (partnership == null) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        for (int i = 0; i < partnership.decisions().size(); i++) {
            if (partnership.decisions().get(i).decidedOn().isBefore(partnership.startedOn())) {
                valid = false;
                Violations.at(context, "decisions", i, "decidedOn");
            }
        }
        return valid;
    }
}
