package uk.nhs.coproduction.alwaysevents.driver;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.coproduction.alwaysevents.internal.PersistentList;

/**
 * A driver diagram: the aim (the project's aim statement), its primary drivers, their secondary
 * drivers, and the change ideas that act on them. Ids are given in order as parts are added:
 * primary drivers {@code P1, P2, …}, secondary drivers {@code S1, S2, …}, change ideas
 * {@code C1, C2, …}.
 *
 * <p>This record is immutable and thread-safe; adding a part shares the rest of the diagram.
 *
 * @param primaryDrivers the primary drivers, in the order added
 * @param secondaryDrivers the secondary drivers, in the order added
 * @param changeIdeas the change ideas, in the order added
 * @since 0.1.0
 */
public record DriverDiagram(List<PrimaryDriver> primaryDrivers, List<SecondaryDriver> secondaryDrivers,
        List<ChangeIdea> changeIdeas) {

    private static final DriverDiagram EMPTY = new DriverDiagram(List.of(), List.of(), List.of());

    /**
     * Copies the lists (a list that is already shared is kept, not copied).
     *
     * @param primaryDrivers the primary drivers, in the order added
     * @param secondaryDrivers the secondary drivers, in the order added
     * @param changeIdeas the change ideas, in the order added
     */
    public DriverDiagram {
        primaryDrivers = PersistentList.copyOf(primaryDrivers);
        secondaryDrivers = PersistentList.copyOf(secondaryDrivers);
        changeIdeas = PersistentList.copyOf(changeIdeas);
    }

    /** {@return a diagram with nothing in it yet} */
    public static DriverDiagram empty() {
        return EMPTY;
    }

    /** {@return the id the next primary driver gets} */
    public String nextPrimaryDriverId() {
        return "P" + (primaryDrivers.size() + 1);
    }

    /** {@return the id the next secondary driver gets} */
    public String nextSecondaryDriverId() {
        return "S" + (secondaryDrivers.size() + 1);
    }

    /** {@return the id the next change idea gets} */
    public String nextChangeIdeaId() {
        return "C" + (changeIdeas.size() + 1);
    }

    /**
     * {@return this diagram with {@code driver} added}
     *
     * @param driver the primary driver to add
     */
    public DriverDiagram plus(PrimaryDriver driver) {
        return new DriverDiagram(((PersistentList<PrimaryDriver>) primaryDrivers).plus(driver), secondaryDrivers,
                changeIdeas);
    }

    /**
     * {@return this diagram with {@code driver} added}
     *
     * @param driver the secondary driver to add
     */
    public DriverDiagram plus(SecondaryDriver driver) {
        return new DriverDiagram(primaryDrivers, ((PersistentList<SecondaryDriver>) secondaryDrivers).plus(driver),
                changeIdeas);
    }

    /**
     * {@return this diagram with {@code idea} added}
     *
     * @param idea the change idea to add
     */
    public DriverDiagram plus(ChangeIdea idea) {
        return new DriverDiagram(primaryDrivers, secondaryDrivers, ((PersistentList<ChangeIdea>) changeIdeas).plus(idea));
    }

    /**
     * {@return the primary driver with this id}
     *
     * @param id the primary driver's id
     */
    public Optional<PrimaryDriver> primaryDriver(String id) {
        return primaryDrivers.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * {@return the secondary driver with this id}
     *
     * @param id the secondary driver's id
     */
    public Optional<SecondaryDriver> secondaryDriver(String id) {
        return secondaryDrivers.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * {@return the change idea with this id}
     *
     * @param id the change idea's id
     */
    public Optional<ChangeIdea> changeIdea(String id) {
        return changeIdeas.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * {@return the secondary drivers of the primary driver {@code primaryDriverId}}
     *
     * @param primaryDriverId the primary driver's id
     */
    public List<SecondaryDriver> secondaryDriversOf(String primaryDriverId) {
        return secondaryDrivers.stream().filter(d -> d.primaryDriverId().equals(primaryDriverId)).toList();
    }

    /**
     * {@return the change ideas that act on the secondary driver {@code secondaryDriverId}}
     *
     * @param secondaryDriverId the secondary driver's id
     */
    public List<ChangeIdea> changeIdeasOf(String secondaryDriverId) {
        return changeIdeas.stream().filter(d -> d.secondaryDriverId().equals(secondaryDriverId)).toList();
    }

    /** {@return whether the diagram has no parts} */
    public boolean isEmpty() {
        return primaryDrivers.isEmpty();
    }

    static void checkId(String id, char prefix) {
        Objects.requireNonNull(id, "id");
        if (id.length() < 2 || id.charAt(0) != prefix || !id.substring(1).chars().allMatch(Character::isDigit)
                || id.charAt(1) == '0') {
            throw new IllegalArgumentException("a driver diagram id here is " + prefix + " followed by a number from 1, such as "
                    + prefix + "1");
        }
    }
}
