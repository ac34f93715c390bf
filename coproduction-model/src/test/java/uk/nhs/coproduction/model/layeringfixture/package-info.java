/**
 * A deliberately cyclic pair of packages, used only to show that {@code PackageLayeringTest}'s
 * rules report a package loop: {@code values} uses {@code checks}, which uses {@code values}.
 */
@NullMarked
package uk.nhs.coproduction.model.layeringfixture;

import org.jspecify.annotations.NullMarked;
