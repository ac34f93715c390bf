package uk.nhs.coproduction.model.layeringfixture.checks;

import uk.nhs.coproduction.model.layeringfixture.values.Amount;

/** Checks an {@link Amount}: the downward dependency that closes the loop. */
public final class AmountCheck {

    private AmountCheck() {
    }

    /** Whether the amount is not negative. */
    public static boolean accepts(Amount amount) {
        return amount.pence() >= 0;
    }
}
