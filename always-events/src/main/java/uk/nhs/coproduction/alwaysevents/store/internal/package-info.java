/**
 * The stores' implementation: the JSON codec of events and snapshots. Not exported.
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.store.internal;

import org.jspecify.annotations.NullMarked;
