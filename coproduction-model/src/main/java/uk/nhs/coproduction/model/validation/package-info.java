/**
 * Validation of every input type with Jakarta Bean Validation: the entry point
 * {@link uk.nhs.coproduction.model.validation.ModelValidator} returns all violations with their
 * property paths. The class-level constraint annotations live with the types they constrain
 * ({@link uk.nhs.coproduction.model.partnership.UniqueMemberIds} and the others in
 * {@code partnership}, {@link uk.nhs.coproduction.model.framework.CompleteFramework} in
 * {@code framework}), and their validators in those packages' hidden {@code internal} packages,
 * so this package depends on none of the domain packages.
 *
 * <p>Hibernate Validator runs with a parameter-only message interpolator (no Expression Language
 * is needed or shipped); messages come from an en-GB resource bundle.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.model.validation;

import org.jspecify.annotations.NullMarked;
