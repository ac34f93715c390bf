/**
 * Where a project's events are kept: the {@link uk.nhs.coproduction.alwaysevents.store.EventStore}
 * SPI, with an {@link uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore} and an embedded
 * {@link uk.nhs.coproduction.alwaysevents.store.FileEventStore} (one append-only JSON Lines file
 * per project, flushed and fsynced before an append is acknowledged, torn last lines detected
 * and reported with the valid prefix kept), snapshots, listeners notified after an append, and
 * the JSON form of events ({@link uk.nhs.coproduction.alwaysevents.store.EventJson}).
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.store;

import org.jspecify.annotations.NullMarked;
