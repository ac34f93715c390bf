/** The fixture's lower layer, which wrongly reaches up into {@code checks}. */
@NullMarked
package uk.nhs.coproduction.model.layeringfixture.values;

import org.jspecify.annotations.NullMarked;
