package uk.nhs.coproduction.model.layeringfixture.values;

import uk.nhs.coproduction.model.layeringfixture.checks.AmountCheck;

/** A value that checks itself through the layer above it: the mistake the layering rules catch. */
public record Amount(int pence) {

    /** Whether the amount passes its check (the upward dependency). */
    public boolean isValid() {
        return AmountCheck.accepts(this);
    }
}
