/**
 * A fresh database on a real PostgreSQL server for each test: {@link
 * uk.nhs.coproduction.testing.postgres.TestPostgres#newDatabase()}.
 */
@NullMarked
package uk.nhs.coproduction.testing.postgres;

import org.jspecify.annotations.NullMarked;
