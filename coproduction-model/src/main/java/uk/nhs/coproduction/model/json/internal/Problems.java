package uk.nhs.coproduction.model.json.internal;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one document, each at a field path. */
public final class Problems {

    /**
     * A problem at a path.
     *
     * @param path the field's path, such as {@code members[0].partner.roles[1]}
     * @param message what is wrong
     */
    public record At(String path, String message) {
    }

    private final List<At> found = new ArrayList<>();

    /** Records a problem at {@code path}. */
    public void add(String path, String message) {
        found.add(new At(path, message));
    }

    /** How many problems have been found so far. */
    public int count() {
        return found.size();
    }

    /** Whether any problem was found. */
    public boolean any() {
        return !found.isEmpty();
    }

    /** The problems, in the order found. */
    public List<At> all() {
        return List.copyOf(found);
    }
}
