package uk.nhs.coproduction.alwaysevents.access;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a role is called in an {@link AccessPolicy}, what it means, and the commands it may give,
 * by their names (such as {@code set-progress-score}; see {@link AccessPolicy#commandNames()}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param role the role
 * @param name what people call it, such as "QI lead"
 * @param description who holds it and how they come to
 * @param commands the names of the commands it may give, sorted
 * @since 0.1.0
 */
public record RoleDefinition(ProjectRole role, String name, String description, SortedSet<String> commands) {

    /**
     * Checks the components and copies the commands.
     *
     * @param role the role
     * @param name what people call it
     * @param description who holds it and how they come to
     * @param commands the names of the commands it may give
     * @throws IllegalArgumentException if the name or description is blank, or a command name is
     *     not one of {@link AccessPolicy#commandNames()}
     */
    public RoleDefinition {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (name.isBlank() || description.isBlank()) {
            throw new IllegalArgumentException("the role " + role + " needs a name and a description");
        }
        TreeSet<String> copy = new TreeSet<>();
        for (String command : Objects.requireNonNull(commands, "commands")) {
            if (!AccessPolicy.commandNames().contains(Objects.requireNonNull(command, "command"))) {
                throw new IllegalArgumentException("'" + command + "' is not a command; the commands are "
                        + AccessPolicy.commandNames());
            }
            copy.add(command);
        }
        commands = Collections.unmodifiableSortedSet(copy);
    }

    /**
     * {@return whether this role may give the command named {@code command}}
     *
     * @param command a command's name, such as {@code set-progress-score}
     */
    public boolean permits(String command) {
        return commands.contains(command);
    }

    /**
     * {@return this definition with one more command permitted}
     *
     * @param command the command's name
     * @throws IllegalArgumentException if there is no such command
     */
    public RoleDefinition withCommand(String command) {
        TreeSet<String> more = new TreeSet<>(commands);
        more.add(command);
        return new RoleDefinition(role, name, description, more);
    }
}
