/**
 * The co-production model's entry points.
 */
@NullMarked
package uk.nhs.coproduction.model;

import org.jspecify.annotations.NullMarked;
