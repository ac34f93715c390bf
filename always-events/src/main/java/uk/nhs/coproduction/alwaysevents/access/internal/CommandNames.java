package uk.nhs.coproduction.alwaysevents.access.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;

/**
 * The stable names of the commands in policy documents: the command's type without
 * {@code Command}, in lower case with hyphens ({@code SignOffImpactCommand} is
 * {@code sign-off-impact}). Taken from the sealed family, so a new command has a name at once
 * (and no role may give it until a policy says so).
 */
public final class CommandNames {

    private static final Map<Class<?>, String> BY_TYPE;
    private static final SortedSet<String> ALL;

    static {
        Map<Class<?>, String> names = new HashMap<>();
        for (Class<?> type : ProjectCommand.class.getPermittedSubclasses()) {
            names.put(type, nameOf(type.getSimpleName()));
        }
        BY_TYPE = Map.copyOf(names);
        ALL = Collections.unmodifiableSortedSet(new TreeSet<>(names.values()));
    }

    private CommandNames() {
    }

    /** Every command's name, sorted. */
    public static SortedSet<String> all() {
        return ALL;
    }

    /** The name of {@code command}. */
    public static String of(ProjectCommand command) {
        String name = BY_TYPE.get(command.getClass());
        if (name == null) {
            throw new IllegalStateException("no name for the command type " + command.getClass().getName());
        }
        return name;
    }

    static String nameOf(String simpleName) {
        String stem = simpleName.endsWith("Command") ? simpleName.substring(0, simpleName.length() - "Command".length())
                : simpleName;
        StringBuilder name = new StringBuilder(stem.length() + 4);
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    name.append('-');
                }
                name.append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }
}
