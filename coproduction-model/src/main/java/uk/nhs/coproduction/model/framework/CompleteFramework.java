package uk.nhs.coproduction.model.framework;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A framework edition defines every item of its vocabulary exactly once (every value and step of
 * the Co-Production Model, every rung of the ladder, and so on), so that an organisation's own
 * edition can stand in for a bundled one.
 *
 * @since 0.1.0
 */
// The validator named below lives in a package that is not exported: users never need it, and
// Hibernate Validator reaches it through the module's qualified opens.
@SuppressWarnings("exports")
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = uk.nhs.coproduction.model.framework.internal.CompleteFrameworkValidator.class)
public @interface CompleteFramework {

    /** {@return the message template: a key in the en-GB message bundle} */
    String message() default "{uk.nhs.coproduction.model.framework.CompleteFramework.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
