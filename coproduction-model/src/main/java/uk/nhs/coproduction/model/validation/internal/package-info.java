/**
 * Constraint validators and message interpolation. Not an API: not exported.
 */
@NullMarked
package uk.nhs.coproduction.model.validation.internal;

import org.jspecify.annotations.NullMarked;
