package uk.nhs.coproduction.model.partnership.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import uk.nhs.coproduction.model.internal.Violations;
import uk.nhs.coproduction.model.partnership.AttributedWhenSaidByPartners;
import uk.nhs.coproduction.model.partnership.WhatMatters;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/** Checks {@link AttributedWhenSaidByPartners}, reporting at {@code voicedBy}. */
public final class AttributedWhenSaidByPartnersValidator
        implements ConstraintValidator<AttributedWhenSaidByPartners, WhatMatters> {

    @Override
    public boolean isValid(WhatMatters record, ConstraintValidatorContext context) {
        if (record == null || record.source() != WhatMattersSource.PARTNERS || !record.voicedBy().isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Violations.at(context, "voicedBy");
        return false;
    }
}
