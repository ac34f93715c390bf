package uk.nhs.coproduction.alwaysevents.workflow;

import java.util.Objects;

/**
 * One fact a guard looked at when it judged a condition, such as {@code teamSize = 5} or
 * {@code share = 20%}: shown beside a {@link Reason} so people can see why it was given, and used
 * to fill in the reason's message.
 *
 * <p>Facts never hold names or contact details of partners; partners appear by their
 * pseudonymous id only. This record is immutable and thread-safe.
 *
 * @param name the fact's name, a short camel-case word, never blank
 * @param value the value as people read it, never null
 * @since 0.1.0
 */
public record Fact(String name, String value) implements Comparable<Fact> {

    /**
     * Checks the components.
     *
     * @param name the fact's name, a short camel-case word, never blank
     * @param value the value as people read it, never null
     */
    public Fact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a fact needs a name");
        }
    }

    /**
     * {@return a fact with this name and value}
     *
     * @param name the fact's name, a short camel-case word, never blank
     * @param value the value as people read it, never null
     */
    public static Fact of(String name, String value) {
        return new Fact(name, value);
    }

    /**
     * {@return a fact whose value is a whole number}
     *
     * @param name the fact's name, a short camel-case word, never blank
     * @param value the value as people read it, never null
     */
    public static Fact of(String name, long value) {
        return new Fact(name, Long.toString(value));
    }

    @Override
    public int compareTo(Fact other) {
        int byName = name.compareTo(other.name);
        return byName != 0 ? byName : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return name + " = " + value;
    }
}
