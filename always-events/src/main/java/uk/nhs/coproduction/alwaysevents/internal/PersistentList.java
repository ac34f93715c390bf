package uk.nhs.coproduction.alwaysevents.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * An immutable list whose {@link #plus} shares its elements with the list it came from, so adding
 * to the end costs O(1) amortised instead of a copy of the whole list. It is what lets a project
 * be rebuilt from n events in O(n) while every intermediate state stays immutable.
 *
 * <p>Lists made by {@code plus} share one growing array. Each list sees only its first
 * {@code size} slots, and those are written once, before the list that sees them is constructed,
 * so they never change afterwards. The first list to append at a given length claims the next
 * slot with a compare-and-set; any other list appending at that length (a branch of the history,
 * as when a command is decided twice from the same state) copies instead. The array and the size
 * are final fields, so a list handed to another thread without synchronisation still shows every
 * element it contains.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the element type
 */
public final class PersistentList<T> extends AbstractList<T> implements RandomAccess {

    private static final PersistentList<?> EMPTY = new PersistentList<>(new Slots(new Object[0], 0), 0);

    private final Slots slots;
    private final int size;

    private PersistentList(Slots slots, int size) {
        this.slots = slots;
        this.size = size;
    }

    /** The empty list (one shared instance). */
    @SuppressWarnings("unchecked")
    public static <T> PersistentList<T> empty() {
        return (PersistentList<T>) EMPTY;
    }

    /**
     * {@code items} as a persistent list: the same instance when it already is one, otherwise a
     * copy.
     *
     * @throws NullPointerException if {@code items} or any element is null
     */
    @SuppressWarnings("unchecked")
    public static <T> PersistentList<T> copyOf(Collection<? extends T> items) {
        if (items instanceof PersistentList<?> list) {
            return (PersistentList<T>) list;
        }
        Object[] array = items.toArray();
        if (array.length == 0) {
            return empty();
        }
        for (Object item : array) {
            Objects.requireNonNull(item, "a list element is null");
        }
        return new PersistentList<>(new Slots(array, array.length), array.length);
    }

    /** This list with {@code item} added at the end; O(1) amortised. */
    public PersistentList<T> plus(T item) {
        Objects.requireNonNull(item, "item");
        Object[] array = slots.array;
        if (size < array.length && slots.claim(size)) {
            array[size] = item;
            return new PersistentList<>(slots, size + 1);
        }
        Object[] bigger = Arrays.copyOf(array, Math.max(4, size + (size >> 1) + 1));
        bigger[size] = item;
        return new PersistentList<>(new Slots(bigger, size + 1), size + 1);
    }

    /** This list with the element at {@code index} replaced; O(n). */
    public PersistentList<T> with(int index, T item) {
        Objects.checkIndex(index, size);
        Objects.requireNonNull(item, "item");
        Object[] copy = Arrays.copyOf(slots.array, size);
        copy[index] = item;
        return new PersistentList<>(new Slots(copy, size), size);
    }

    /** This list without the elements that match {@code unwanted}; the same list when none does. */
    public PersistentList<T> without(Predicate<? super T> unwanted) {
        int kept = 0;
        Object[] copy = new Object[size];
        for (int i = 0; i < size; i++) {
            T item = get(i);
            if (!unwanted.test(item)) {
                copy[kept++] = item;
            }
        }
        if (kept == size) {
            return this;
        }
        return kept == 0 ? empty() : new PersistentList<>(new Slots(copy, kept), kept);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) slots.array[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** The last element. */
    public T last() {
        return get(size - 1);
    }

    /** The shared array and how many of its slots have been claimed by some list. */
    private static final class Slots {
        private static final VarHandle CLAIMED;

        static {
            try {
                CLAIMED = MethodHandles.lookup().findVarHandle(Slots.class, "claimed", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final Object[] array;
        @SuppressWarnings("unused") // read and written through CLAIMED
        private volatile int claimed;

        Slots(Object[] array, int claimed) {
            this.array = array;
            this.claimed = claimed;
        }

        /** Claims slot {@code index} if nobody has claimed it yet. */
        boolean claim(int index) {
            return CLAIMED.compareAndSet(this, index, index + 1);
        }
    }
}
