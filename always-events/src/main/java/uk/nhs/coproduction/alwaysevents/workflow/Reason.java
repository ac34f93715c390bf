package uk.nhs.coproduction.alwaysevents.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why a step is not (yet) possible: a stable {@code code} for programs, a plain-English
 * {@code message} for people, and the {@link Fact}s that were looked at.
 *
 * <p>Codes are upper-case words joined by underscores, such as {@code NO_EXECUTIVE_SPONSOR}; they
 * never change meaning between releases, while messages may be reworded (they are versioned data
 * in the workflow definition). This record is immutable and thread-safe.
 *
 * @param code the stable code
 * @param message what is missing and what would satisfy it, in plain English
 * @param facts the facts looked at, in the order the guard gave them
 * @since 0.1.0
 */
public record Reason(String code, String message, List<Fact> facts) implements Comparable<Reason> {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    /**
     * Checks the components and copies the facts.
     *
     * @param code the stable code
     * @param message what is missing and what would satisfy it, in plain English
     * @param facts the facts looked at, in the order the guard gave them
     */
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a reason code is upper-case words joined by underscores: " + code);
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("reason " + code + " needs a message");
        }
        facts = List.copyOf(facts);
    }

    /**
     * {@return a reason with this code and message and these facts}
     *
     * @param code the stable code
     * @param message what is missing and what would satisfy it, in plain English
     * @param facts the facts looked at, in the order the guard gave them
     */
    public static Reason of(String code, String message, Fact... facts) {
        return new Reason(code, message, List.of(facts));
    }

    /**
     * {@return the value of the fact called {@code name}, or empty}
     *
     * @param name the fact's name
     */
    public Optional<String> fact(String name) {
        for (Fact fact : facts) {
            if (fact.name().equals(name)) {
                return Optional.of(fact.value());
            }
        }
        return Optional.empty();
    }

    /** Orders by code, then message, then facts, so a list of reasons has one canonical order. */
    @Override
    public int compareTo(Reason other) {
        int byCode = code.compareTo(other.code);
        if (byCode != 0) {
            return byCode;
        }
        int byMessage = message.compareTo(other.message);
        if (byMessage != 0) {
            return byMessage;
        }
        return facts.toString().compareTo(other.facts.toString());
    }

    /** Reads like "NO_EXECUTIVE_SPONSOR: No executive sponsor has been appointed. ...". */
    @Override
    public String toString() {
        return code + ": " + message;
    }
}
