package uk.nhs.coproduction.model.partnership;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No decision in the partnership's log is dated before the partnership started. The log holds the
 * decisions the partnership took, and it could take none before it existed, so an earlier date is
 * a mistake in the record (in the decision's date or in the start date), like feedback dated before
 * its decision ({@link FeedbackNotBeforeDecision}). Reported at {@code decisions[i].decidedOn}.
 *
 * <p>Records of what matters are not held to the start date: existing feedback often comes first.
 *
 * @since 0.1.0
 */
// The validator named below lives in a package that is not exported: users never need it, and
// Hibernate Validator reaches it through the module's qualified opens.
@SuppressWarnings("exports")
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = uk.nhs.coproduction.model.partnership.internal.DecisionsNotBeforeStartValidator.class)
public @interface DecisionsNotBeforeStart {

    /** {@return the message template: a key in the en-GB message bundle} */
    String message() default "{uk.nhs.coproduction.model.partnership.DecisionsNotBeforeStart.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
