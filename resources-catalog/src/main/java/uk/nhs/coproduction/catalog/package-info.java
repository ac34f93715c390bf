/**
 * The catalogue of co-production resources.
 */
@NullMarked
package uk.nhs.coproduction.catalog;

import org.jspecify.annotations.NullMarked;
