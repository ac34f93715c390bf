package uk.nhs.coproduction.alwaysevents.workflow;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How a guard is declared in a workflow definition: its kind and its parameters, such as
 * {@code co-design-team} with {@code minimumLivedExperienceShare = 0.4}. A {@link GuardLibrary}
 * turns a spec into a {@link Guard}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind the guard's kind: lower-case words joined by hyphens
 * @param parameters the parameters, sorted by name; values as written in the definition
 * @since 0.1.0
 */
public record GuardSpec(String kind, SortedMap<String, String> parameters) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Checks the kind and copies the parameters.
     *
     * @param kind the guard's kind: lower-case words joined by hyphens
     * @param parameters the parameters, sorted by name; values as written in the definition
     */
    public GuardSpec {
        Objects.requireNonNull(kind, "kind");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a guard kind is lower-case words joined by hyphens: " + kind);
        }
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }

    /**
     * {@return a guard of this kind with these parameters}
     *
     * @param kind the guard's kind: lower-case words joined by hyphens
     * @param parameters the parameters, sorted by name; values as written in the definition
     */
    public static GuardSpec of(String kind, Map<String, String> parameters) {
        return new GuardSpec(kind, new TreeMap<>(parameters));
    }

    /**
     * {@return a guard of this kind with no parameters}
     *
     * @param kind the guard's kind: lower-case words joined by hyphens
     */
    public static GuardSpec of(String kind) {
        return new GuardSpec(kind, new TreeMap<>());
    }

    /**
     * {@return the parameter {@code name} as a number between {@code min} and {@code max}, or
     * {@code fallback} when it is not given}
     *
     * @param name the parameter's name
     * @param fallback the value when the parameter is not given
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @throws IllegalArgumentException naming the guard and the parameter when the value is not
     *     such a number
     */
    public double decimal(String name, double fallback, double min, double max) {
        String text = parameters.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("guard " + kind + ": parameter " + name + " must be a number from " + min
                + " to " + max + ", not '" + text + "'");
    }

    /**
     * {@return the parameter {@code name} as a whole number of at least {@code min}, or {@code
     * fallback} when it is not given}
     *
     * @param name the parameter's name
     * @param fallback the value when the parameter is not given
     * @param min the smallest value allowed
     * @throws IllegalArgumentException naming the guard and the parameter when the value is not
     *     such a number
     */
    public int whole(String name, int fallback, int min) {
        String text = parameters.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("guard " + kind + ": parameter " + name + " must be a whole number of at least "
                + min + ", not '" + text + "'");
    }

    /**
     * {@return the parameter {@code name} as text}
     *
     * @param name the parameter's name
     * @throws IllegalArgumentException naming the guard and the parameter when it is missing or blank
     */
    public String text(String name) {
        String text = parameters.get(name);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("guard " + kind + ": parameter " + name + " is required");
        }
        return text;
    }

    /** Reads like "co-design-team(minimumLivedExperienceShare=0.4)". */
    @Override
    public String toString() {
        if (parameters.isEmpty()) {
            return kind;
        }
        StringBuilder text = new StringBuilder(kind).append('(');
        parameters.forEach((name, value) -> text.append(text.charAt(text.length() - 1) == '(' ? "" : ", ")
                .append(name).append('=').append(value));
        return text.append(')').toString();
    }
}
