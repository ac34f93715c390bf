package uk.nhs.coproduction.alwaysevents;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.Recovery;

/**
 * One project as a list of every project shows it ({@link AlwaysEventProjects#listing()}):
 * {@link Readable}, with any repair the store made to its log, or {@link Damaged}, when its log
 * cannot be read. A damaged project is listed, never hidden and never in the way: the others are
 * read and listed as usual.
 *
 * @since 0.1.0
 */
public sealed interface ProjectListing permits ProjectListing.Readable, ProjectListing.Damaged {

    /**
     * The project's id.
     *
     * @return the id
     */
    ProjectId id();

    /**
     * The project, read in full.
     *
     * @param project the project as its log gives it
     * @param recovery the repair the store made when it opened the log (a torn last line moved
     *     aside), or null if it made none
     * @since 0.1.0
     */
    record Readable(AlwaysEventProject project, @Nullable Recovery recovery) implements ProjectListing {

        /**
         * Checks the project is there.
         *
         * @param project the project as its log gives it
         * @param recovery the repair the store made when it opened the log (a torn last line moved
         *     aside), or null if it made none
         */
        public Readable {
            Objects.requireNonNull(project, "project");
        }

        @Override
        public ProjectId id() {
            return project.id();
        }

        /**
         * The repair made to the log, if any.
         *
         * @return the repair, or empty
         */
        public Optional<Recovery> recoveryMade() {
            return Optional.ofNullable(recovery);
        }
    }

    /**
     * The project's log (or its store) could not be read; the store left it untouched.
     *
     * @param id the project
     * @param problem what the store said, such as which line of the log is damaged (never the
     *     log's content)
     * @since 0.1.0
     */
    record Damaged(ProjectId id, String problem) implements ProjectListing {

        /**
         * Checks the components.
         *
         * @param id the project
         * @param problem what the store said, such as which line of the log is damaged (never the
         *     log's content)
         */
        public Damaged {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(problem, "problem");
        }

        /**
         * What to do about it, in plain English.
         *
         * @return the advice
         */
        public String whatToDo() {
            return "The log has been left as it was, and every other project works as usual. Restore the project's "
                    + "log from a backup, or mend or remove the damaged line in a copy and put it back while the app "
                    + "is stopped; nothing is lost until then.";
        }
    }
}
