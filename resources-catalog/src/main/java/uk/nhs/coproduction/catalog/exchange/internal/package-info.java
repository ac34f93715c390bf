/**
 * Implementation of the exchange formats: reading with every error collected, and writing.
 * Not exported.
 */
@NullMarked
package uk.nhs.coproduction.catalog.exchange.internal;

import org.jspecify.annotations.NullMarked;
