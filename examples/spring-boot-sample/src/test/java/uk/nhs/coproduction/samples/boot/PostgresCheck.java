package uk.nhs.coproduction.samples.boot;

import uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.testing.postgres.TestDatabase;

/** Reads the database behind the application's back, with a store of its own. */
final class PostgresCheck {

    private PostgresCheck() {
    }

    /** The project's version as a second PostgreSQL store on a new connection sees it. */
    static long versionInDatabase(TestDatabase database, ProjectId project) {
        try (PostgresEventStore other = PostgresEventStore.open(database.newDataSource())) {
            return other.version(project);
        }
    }
}
