/**
 * The PostgreSQL event store ({@link uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore})
 * and its feed of committed events ({@link uk.nhs.coproduction.alwaysevents.postgres.Subscription},
 * {@link uk.nhs.coproduction.alwaysevents.postgres.CommittedEvent}).
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.postgres;

import org.jspecify.annotations.NullMarked;
