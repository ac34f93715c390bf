package uk.nhs.coproduction.catalog.layeringfixture.resource;

import uk.nhs.coproduction.catalog.layeringfixture.search.UpperThing;

/**
 * Test fixture, never used by the library: a class in a bottom-layer package that reaches up into
 * a higher one, so {@code PackageLayeringTest} can show its rules report it.
 */
public final class LowerThing {

    private LowerThing() {
    }

    /** Reaches up: the dependency the layering rules must refuse. */
    public static String upper() {
        return UpperThing.name();
    }
}
