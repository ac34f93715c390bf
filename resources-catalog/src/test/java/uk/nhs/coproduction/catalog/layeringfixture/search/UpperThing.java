package uk.nhs.coproduction.catalog.layeringfixture.search;

import uk.nhs.coproduction.catalog.layeringfixture.resource.LowerThing;

/**
 * Test fixture, never used by the library: a class in a higher-layer package that uses the lower
 * one, closing a cycle with {@link LowerThing}.
 */
public final class UpperThing {

    private UpperThing() {
    }

    /** What the lower class reads (a method, not a constant javac would inline). */
    public static String name() {
        return "upper";
    }

    /** Reaches down, as a higher layer may. */
    public static String lower() {
        return LowerThing.upper() + " via lower";
    }
}
