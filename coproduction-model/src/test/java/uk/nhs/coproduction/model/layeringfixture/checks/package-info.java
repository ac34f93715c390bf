/** The fixture's upper layer, which checks {@code values}. */
@NullMarked
package uk.nhs.coproduction.model.layeringfixture.checks;

import org.jspecify.annotations.NullMarked;
