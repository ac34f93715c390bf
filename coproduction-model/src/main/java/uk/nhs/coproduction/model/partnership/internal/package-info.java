/**
 * The constraint validators of the partnership's class-level constraints. Not an API: not
 * exported, only opened to Hibernate Validator, which instantiates them.
 */
@NullMarked
package uk.nhs.coproduction.model.partnership.internal;

import org.jspecify.annotations.NullMarked;
