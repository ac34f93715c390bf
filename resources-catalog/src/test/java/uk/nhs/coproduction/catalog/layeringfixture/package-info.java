/** Test fixture for {@code PackageLayeringTest}: deliberately cyclic packages, never part of the library. */
package uk.nhs.coproduction.catalog.layeringfixture;
