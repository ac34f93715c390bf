package uk.nhs.coproduction.model.partnership.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import uk.nhs.coproduction.model.internal.Violations;
import uk.nhs.coproduction.model.partnership.Decision;
import uk.nhs.coproduction.model.partnership.ParticipantsHadJoined;
import uk.nhs.coproduction.model.partnership.Partnership;

/** Checks {@link ParticipantsHadJoined}, reporting at {@code decisions[i].participants}. */
public final class ParticipantsHadJoinedValidator
        implements ConstraintValidator<ParticipantsHadJoined, Partnership> {

    @Override
    public boolean isValid(Partnership partnership, ConstraintValidatorContext context) {
        if (partnership == null) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        for (int i = 0; i < partnership.decisions().size(); i++) {
            Decision decision = partnership.decisions().get(i);
            boolean allHadJoined = decision.participants().stream()
                    .allMatch(id -> partnership.member(id).map(m -> m.hadJoinedBy(decision.stage())).orElse(true));
            if (!allHadJoined) {
                valid = false;
                Violations.at(context, "decisions", i, "participants");
            }
        }
        return valid;
    }
}
