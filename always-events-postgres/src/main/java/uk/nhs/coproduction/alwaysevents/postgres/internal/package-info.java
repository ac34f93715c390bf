/** The store's schema and its migrations, and the SQL it runs; not API. */
@NullMarked
package uk.nhs.coproduction.alwaysevents.postgres.internal;

import org.jspecify.annotations.NullMarked;
