package uk.nhs.coproduction.alwaysevents.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.nhs.coproduction.alwaysevents.project.Phase;

/**
 * A step from one phase to another, such as {@code understand-what-matters} from set-up and
 * oversight to understanding what matters, with the guards that must all hold.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the transition's id: lower-case words joined by hyphens
 * @param name what the step is called, for people
 * @param from the phase it starts from
 * @param to the phase it leads to
 * @param guards the conditions, in declared order (the order never changes a verdict)
 * @since 0.1.0
 */
public record Transition(String id, String name, Phase from, Phase to, List<Guard> guards) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Checks the components and copies the guards.
     *
     * @param id the transition's id: lower-case words joined by hyphens
     * @param name what the step is called, for people
     * @param from the phase it starts from
     * @param to the phase it leads to
     * @param guards the conditions, in declared order (the order never changes a verdict)
     */
    public Transition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!ID.matcher(id).matches() || id.length() > 64) {
            throw new IllegalArgumentException("a transition id is up to 64 lower-case words joined by hyphens: " + id);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("transition " + id + " needs a name");
        }
        if (from == to) {
            throw new IllegalArgumentException("transition " + id + " must lead to another phase");
        }
        guards = List.copyOf(guards);
    }

    /**
     * {@return a transition with these guards}
     *
     * @param id the transition's id: lower-case words joined by hyphens
     * @param name what the step is called, for people
     * @param from the phase it starts from
     * @param to the phase it leads to
     * @param guards the conditions, in declared order (the order never changes a verdict)
     */
    public static Transition of(String id, String name, Phase from, Phase to, List<Guard> guards) {
        return new Transition(id, name, from, to, guards);
    }

    /**
     * {@return this transition with other guards (or the same ones in another order)}
     *
     * @param newGuards the guards, in the order they are evaluated
     */
    public Transition withGuards(List<Guard> newGuards) {
        return new Transition(id, name, from, to, newGuards);
    }

    /**
     * {@return this transition with one more guard}
     *
     * @param guard the guard to add
     */
    public Transition withGuard(Guard guard) {
        List<Guard> more = new ArrayList<>(guards);
        more.add(Objects.requireNonNull(guard, "guard"));
        return new Transition(id, name, from, to, more);
    }

    /** Shows the id, the phases and the guards' specs. */
    @Override
    public String toString() {
        return "Transition[" + id + ": " + from + " -> " + to + ", guards=" + guards.stream().map(Guard::spec).toList() + "]";
    }
}
