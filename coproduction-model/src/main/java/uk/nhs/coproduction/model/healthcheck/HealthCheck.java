package uk.nhs.coproduction.model.healthcheck;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import uk.nhs.coproduction.model.framework.CoproductionStep;
import uk.nhs.coproduction.model.framework.CoproductionValue;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.healthcheck.internal.Checker;
import uk.nhs.coproduction.model.partnership.Partnership;

/**
 * The co-production health check: runs every {@link Rule} over a partnership's facts and finds
 * the rung of the ladder of participation they support.
 *
 * <pre>{@code
 * HealthCheckReport report = HealthCheck.standard().check(partnership);
 * report.ladder().rung();            // e.g. CO_DESIGNING
 * report.actions();                  // the findings that need action, most serious first
 * }</pre>
 *
 * <p>The check is deterministic and pure: it reads nothing but the partnership and the
 * frameworks, never the clock, and the same input always gives the same report. It accepts any
 * partnership, valid or not (a draft with only staff in it gets a critical finding), and never
 * throws for one. It never looks at names, contact details or individual community information;
 * community information is used only in aggregate.
 *
 * <h2>Impossible dates are validation errors, not findings</h2>
 *
 * <p>A finding judges something that can happen, however unwise: a decision taken before anything
 * was recorded about what matters is a {@link Rule#WHAT_MATTERS_BEFORE_DECISIONS} warning. A date
 * that cannot be true is a mistake in the record instead, and the health check does not judge it:
 * a decision, its feedback, a record of what matters or a consent date after today, and a decision
 * dated before the partnership started. {@link uk.nhs.coproduction.model.validation.ModelValidator}
 * refuses those, naming the field (such as {@code decisions[2].decidedOn}), as it already refuses
 * feedback dated before its decision; reading a partnership document with validation (the default)
 * refuses them too. "Today" belongs to the validator's clock, so the check itself stays pure.
 * Validate before checking: the report of a partnership with impossible dates rests on them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HealthCheck {

    private final Frameworks frameworks;

    private HealthCheck(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** {@return a health check that uses the bundled framework editions} */
    public static HealthCheck standard() {
        return new HealthCheck(Frameworks.bundled());
    }

    /**
     * {@return a health check that uses these framework editions. The PPV partner policy decides
     * which involvement levels should be offered an involvement payment}
     *
     * @param frameworks the framework editions whose wording and rules the check uses
     */
    public static HealthCheck using(Frameworks frameworks) {
        return new HealthCheck(Objects.requireNonNull(frameworks, "frameworks"));
    }

    /** {@return the framework editions this check uses} */
    public Frameworks frameworks() {
        return frameworks;
    }

    /**
     * Checks {@code partnership}: one finding per rule, in rule order, and the supported rung.
     *
     * @param partnership the partnership whose facts are checked
     * @return the report: every finding, and the ladder rung the facts support
     */
    public HealthCheckReport check(Partnership partnership) {
        return Checker.check(Objects.requireNonNull(partnership, "partnership"), frameworks);
    }

    /**
     * {@return the Co-Production Model's values that no rule looks for, because facts cannot show
     * them}
     */
    public static Set<CoproductionValue.Key> valuesTheFactsCannotShow() {
        EnumSet<CoproductionValue.Key> left = EnumSet.allOf(CoproductionValue.Key.class);
        for (Rule rule : Rule.values()) {
            left.removeAll(rule.coproductionValues());
        }
        return left;
    }

    /**
     * {@return the Co-Production Model's steps that no rule looks for, because facts cannot show
     * them}
     */
    public static Set<CoproductionStep.Key> stepsTheFactsCannotShow() {
        EnumSet<CoproductionStep.Key> left = EnumSet.allOf(CoproductionStep.Key.class);
        for (Rule rule : Rule.values()) {
            left.removeAll(rule.coproductionSteps());
        }
        return left;
    }
}
