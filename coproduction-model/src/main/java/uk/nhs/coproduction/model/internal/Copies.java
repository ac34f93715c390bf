package uk.nhs.coproduction.model.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable, null-hostile copies of the collections that value types hold. Enum sets keep the
 * enum's declared order, so iteration (and so every rendering and JSON document) is
 * deterministic.
 */
public final class Copies {

    private Copies() {
    }

    /**
     * An unmodifiable copy of {@code values} in the enum's declared order.
     *
     * @throws NullPointerException naming {@code field} if the set or an element is null
     */
    public static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values, String field) {
        Objects.requireNonNull(values, field);
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E value : values) {
            copy.add(Objects.requireNonNull(value, () -> field + " must not contain null"));
        }
        return Collections.unmodifiableSet(copy);
    }

    /**
     * An unmodifiable copy of {@code values} in the same order.
     *
     * @throws NullPointerException naming {@code field} if the list or an element is null
     */
    public static <T> List<T> list(Collection<? extends T> values, String field) {
        Objects.requireNonNull(values, field);
        for (T value : values) {
            Objects.requireNonNull(value, () -> field + " must not contain null");
        }
        return List.copyOf(values);
    }

    /** A copy of {@code values} with {@code value} appended. */
    public static <T> List<T> append(List<T> values, T value) {
        Objects.requireNonNull(value, "value");
        var copy = new java.util.ArrayList<T>(values.size() + 1);
        copy.addAll(values);
        copy.add(value);
        return List.copyOf(copy);
    }
}
