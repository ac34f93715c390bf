package uk.nhs.coproduction.model.partnership.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import uk.nhs.coproduction.model.partnership.IncludesLivedExperienceAndStaff;
import uk.nhs.coproduction.model.partnership.Partnership;

/** Checks {@link IncludesLivedExperienceAndStaff} with the partnership's own test. */
public final class LivedExperienceAndStaffValidator
        implements ConstraintValidator<IncludesLivedExperienceAndStaff, Partnership> {

    @Override
    public boolean isValid(Partnership partnership, ConstraintValidatorContext context) {
        return partnership == null || partnership.includesLivedExperienceAndStaff();
    }
}
