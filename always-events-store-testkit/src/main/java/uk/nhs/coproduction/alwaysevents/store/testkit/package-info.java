/**
 * The {@code EventStore} contract as tests: extend {@link
 * uk.nhs.coproduction.alwaysevents.store.testkit.EventStoreContract} and supply a fresh store.
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.store.testkit;

import org.jspecify.annotations.NullMarked;
