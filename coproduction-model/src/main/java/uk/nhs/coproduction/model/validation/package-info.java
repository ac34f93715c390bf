/**
 * Validation of every input type with Jakarta Bean Validation: the entry point
 * {@link uk.nhs.coproduction.model.validation.ModelValidator} returns all violations with their
 * property paths, and the class-level constraint annotations that the domain types carry.
 *
 * <p>Hibernate Validator runs with a parameter-only message interpolator (no Expression Language
 * is needed or shipped); messages come from an en-GB resource bundle.
 */
@NullMarked
package uk.nhs.coproduction.model.validation;

import org.jspecify.annotations.NullMarked;
