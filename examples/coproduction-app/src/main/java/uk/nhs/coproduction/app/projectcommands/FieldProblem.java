package uk.nhs.coproduction.app.projectcommands;

import java.util.Objects;

/**
 * One thing wrong with a value given for a command's field, in two wordings: {@link #message()}
 * names the field by its label, for a form or the JSON API ("For what percentage: enter a number,
 * such as 95 or 92.5"); {@link #problem()} is the same words without it, for a command line that
 * names the option instead ("--percent: enter a number, such as 95 or 92.5"). Neither repeats
 * what was given.
 *
 * @param field the field's name, the command's component (or a component it concerns)
 * @param message what is wrong, naming the field by its label where a label helps
 * @param problem what is wrong, starting in lower case, without the label
 */
public record FieldProblem(String field, String message, String problem) {

    /** Rejects nulls. */
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(problem, "problem");
    }
}
