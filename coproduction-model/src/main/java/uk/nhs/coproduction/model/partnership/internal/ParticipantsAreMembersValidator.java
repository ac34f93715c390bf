package uk.nhs.coproduction.model.partnership.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.coproduction.model.internal.Violations;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.ParticipantsAreMembers;
import uk.nhs.coproduction.model.partnership.Partnership;

/**
 * Checks {@link ParticipantsAreMembers}, reporting at {@code decisions[i].participants} and
 * {@code whatMatters[i].voicedBy}.
 */
public final class ParticipantsAreMembersValidator
        implements ConstraintValidator<ParticipantsAreMembers, Partnership> {

    @Override
    public boolean isValid(Partnership partnership, ConstraintValidatorContext context) {
        if (partnership == null) {
            return true;
        }
        Set<PartnerId> members = partnership.members().stream().map(Member::id).collect(Collectors.toSet());
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        for (int i = 0; i < partnership.decisions().size(); i++) {
            if (!members.containsAll(partnership.decisions().get(i).participants())) {
                valid = false;
                Violations.at(context, "decisions", i, "participants");
            }
        }
        for (int i = 0; i < partnership.whatMatters().size(); i++) {
            if (!members.containsAll(partnership.whatMatters().get(i).voicedBy())) {
                valid = false;
                Violations.at(context, "whatMatters", i, "voicedBy");
            }
        }
        return valid;
    }
}
