package uk.nhs.coproduction.alwaysevents.store;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;

/**
 * A torn write found and repaired when a project's file was opened: the last line was
 * incomplete or unreadable (as after a crash or power cut during an append that was never
 * acknowledged). The valid prefix is kept; the torn bytes are moved aside to a file named in
 * {@code keptAt} so nothing is silently thrown away.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param projectId the project
 * @param line the number of the torn line (1-based)
 * @param eventsKept how many events the valid prefix holds
 * @param bytesRemoved how many bytes were cut from the end of the log
 * @param keptAt the name of the file, beside the log, that holds the removed bytes
 * @param problem what was wrong with the line
 * @since 0.1.0
 */
public record Recovery(ProjectId projectId, long line, long eventsKept, long bytesRemoved, String keptAt, String problem) {

    /**
     * Checks the components.
     *
     * @param projectId the project
     * @param line the number of the torn line (1-based)
     * @param eventsKept how many events the valid prefix holds
     * @param bytesRemoved how many bytes were cut from the end of the log
     * @param keptAt the name of the file, beside the log, that holds the removed bytes
     * @param problem what was wrong with the line
     */
    public Recovery {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(keptAt, "keptAt");
        Objects.requireNonNull(problem, "problem");
    }

    /** {@return a plain-English account, for a log or a command line} */
    public String describe() {
        return "The log of project " + projectId + " ended in a torn write at line " + line + " (" + problem + "): "
                + bytesRemoved + " bytes were moved to " + keptAt + " and the " + eventsKept
                + " complete events before it were kept.";
    }
}
