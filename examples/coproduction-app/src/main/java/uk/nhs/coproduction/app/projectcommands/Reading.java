package uk.nhs.coproduction.app.projectcommands;

import java.util.List;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;

/**
 * What was given for a command's fields, read: {@link Command} with the library's command,
 * {@link Problems} with every field that could not be read, or {@link PersonalDetails} with every
 * free-text field that looks like it holds contact details or an NHS number, when that was not
 * confirmed.
 */
public sealed interface Reading permits Reading.Command, Reading.Problems, Reading.PersonalDetails {

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

    /**
     * Every field was read, but some free text looks like contact details or an NHS number, and
     * storing it was not confirmed: nothing is built, so nothing can be stored.
     *
     * @param warnings each such field, in the order of the fields; never empty
     */
    record PersonalDetails(List<PersonalDetailsWarning> warnings) implements Reading {
        /** Copies the warnings. */
        public PersonalDetails {
            warnings = List.copyOf(warnings);
            if (warnings.isEmpty()) {
                throw new IllegalArgumentException("no warnings");
            }
        }
    }
}
