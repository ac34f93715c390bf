package uk.nhs.coproduction.model.partnership;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A record of what matters whose source is
 * {@link uk.nhs.coproduction.model.partnership.WhatMattersSource#PARTNERS} names at least one
 * member who said it.
 *
 * @since 0.1.0
 */
// The validator named below lives in a package that is not exported: users never need it, and
// Hibernate Validator reaches it through the module's qualified opens.
@SuppressWarnings("exports")
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = uk.nhs.coproduction.model.partnership.internal.AttributedWhenSaidByPartnersValidator.class)
public @interface AttributedWhenSaidByPartners {

    /** {@return the message template: a key in the en-GB message bundle} */
    String message() default "{uk.nhs.coproduction.model.partnership.AttributedWhenSaidByPartners.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
