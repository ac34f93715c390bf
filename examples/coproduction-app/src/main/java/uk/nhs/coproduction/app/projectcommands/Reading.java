package uk.nhs.coproduction.app.projectcommands;

import java.util.List;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;

/**
 * What was given for a command's fields, read: {@link Command} with the library's command, or
 * {@link Problems} with every field that could not be read.
 */
public sealed interface Reading permits Reading.Command, Reading.Problems {

    /**
     * Every field was read: the library's command, not yet checked or decided by the project.
     *
     * @param command the command
     */
    record Command(ProjectCommand command) implements Reading {
    }

    /**
     * Some fields could not be read.
     *
     * @param problems every problem, in the order of the fields; never empty
     */
    record Problems(List<FieldProblem> problems) implements Reading {
        /** Copies the problems. */
        public Problems {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("no problems");
            }
        }
    }
}
