/**
 * Benchmarks of the PostgreSQL event store against bare JDBC doing the same work, in the same
 * run, on a throwaway PostgreSQL cluster with fsync on (TestPostgres).
 */
@NullMarked
package uk.nhs.coproduction.benchmarks.store;

import org.jspecify.annotations.NullMarked;
