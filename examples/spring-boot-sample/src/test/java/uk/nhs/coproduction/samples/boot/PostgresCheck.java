package uk.nhs.coproduction.samples.boot;

import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.testing.postgres.TestDatabase;

/** Reads the database behind the application's back, with a store of its own. */
final class PostgresCheck {

    private PostgresCheck() {
    }

    /** The project's version as a second PostgreSQL store on a new connection pool sees it. */
    static long versionInDatabase(TestDatabase database, ProjectId project) {
        throw new UnsupportedOperationException("waiting for always-events-postgres");
    }
}
