package uk.nhs.coproduction.model.partnership.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.nhs.coproduction.model.internal.Violations;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.partnership.UniqueMemberIds;

/** Checks {@link UniqueMemberIds}, reporting each repeat at {@code members[i].partner.id}. */
public final class UniqueMemberIdsValidator implements ConstraintValidator<UniqueMemberIds, Partnership> {

    @Override
    public boolean isValid(Partnership partnership, ConstraintValidatorContext context) {
        if (partnership == null) {
            return true;
        }
        List<Member> members = partnership.members();
        Set<PartnerId> seen = new HashSet<>();
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        for (int i = 0; i < members.size(); i++) {
            if (!seen.add(members.get(i).id())) {
                valid = false;
                Violations.at(context, "members", i, "partner", "id");
            }
        }
        return valid;
    }
}
