package uk.nhs.coproduction.model.framework.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import uk.nhs.coproduction.model.alignment.Circle;
import uk.nhs.coproduction.model.alignment.Region;
import uk.nhs.coproduction.model.framework.AlignmentModel;
import uk.nhs.coproduction.model.framework.CircleDefinition;
import uk.nhs.coproduction.model.framework.CompleteFramework;
import uk.nhs.coproduction.model.framework.CoproductionModel;
import uk.nhs.coproduction.model.framework.CoproductionStep;
import uk.nhs.coproduction.model.framework.CoproductionValue;
import uk.nhs.coproduction.model.framework.Framework;
import uk.nhs.coproduction.model.framework.GroupingDefinition;
import uk.nhs.coproduction.model.framework.LadderOfParticipation;
import uk.nhs.coproduction.model.framework.LevelDefinition;
import uk.nhs.coproduction.model.framework.PpvPartnerPolicy;
import uk.nhs.coproduction.model.framework.RegionDefinition;
import uk.nhs.coproduction.model.framework.RungDefinition;
import uk.nhs.coproduction.model.framework.StatutoryGuidance;
import uk.nhs.coproduction.model.framework.StatutoryPrinciple;
import uk.nhs.coproduction.model.internal.Violations;
import uk.nhs.coproduction.model.ladder.Grouping;
import uk.nhs.coproduction.model.ladder.LadderRung;
import uk.nhs.coproduction.model.partnership.InvolvementLevel;

/**
 * Checks {@link CompleteFramework}: each list of a framework defines every key of its vocabulary
 * exactly once. Reported at the list's path, naming the missing and repeated keys (which are
 * codes, never personal data).
 */
public final class CompleteFrameworkValidator implements ConstraintValidator<CompleteFramework, Framework> {

    @Override
    public boolean isValid(Framework framework, ConstraintValidatorContext context) {
        if (framework == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        List<Boolean> results = new ArrayList<>();
        if (framework instanceof CoproductionModel model) {
            results.add(covers(context, "values", CoproductionValue.Key.class,
                    model.values().stream().map(CoproductionValue::key).toList()));
            results.add(covers(context, "steps", CoproductionStep.Key.class,
                    model.steps().stream().map(CoproductionStep::key).toList()));
        } else if (framework instanceof LadderOfParticipation ladder) {
            results.add(covers(context, "rungs", LadderRung.class,
                    ladder.rungs().stream().map(RungDefinition::rung).toList()));
            results.add(covers(context, "groupings", Grouping.class,
                    ladder.groupings().stream().map(GroupingDefinition::grouping).toList()));
        } else if (framework instanceof StatutoryGuidance guidance) {
            results.add(covers(context, "principles", StatutoryPrinciple.Key.class,
                    guidance.principles().stream().map(StatutoryPrinciple::key).toList()));
        } else if (framework instanceof PpvPartnerPolicy policy) {
            results.add(covers(context, "levels", InvolvementLevel.class,
                    policy.levels().stream().map(LevelDefinition::level).toList()));
        } else if (framework instanceof AlignmentModel alignment) {
            results.add(covers(context, "circles", Circle.class,
                    alignment.circles().stream().map(CircleDefinition::circle).toList()));
            results.add(covers(context, "regions", Region.class,
                    alignment.regions().stream().map(RegionDefinition::region).toList()));
        }
        return !results.contains(false);
    }

    private static <E extends Enum<E>> boolean covers(
            ConstraintValidatorContext context, String field, Class<E> type, List<E> keys) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E key : keys) {
            counts.merge(key, 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (E key : type.getEnumConstants()) {
            int count = counts.getOrDefault(key, 0);
            if (count == 0) {
                missing.add(key.name());
            } else if (count > 1) {
                repeated.add(key.name());
            }
        }
        if (missing.isEmpty() && repeated.isEmpty()) {
            return true;
        }
        String details = (missing.isEmpty() ? "" : "missing " + String.join(", ", missing))
                + (missing.isEmpty() || repeated.isEmpty() ? "" : "; ")
                + (repeated.isEmpty() ? "" : "repeated " + String.join(", ", repeated));
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("details", details);
        Violations.at(context, field);
        return false;
    }
}
