package uk.nhs.coproduction.app.web.server;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value that is costly to make (the catalogue's search index, the validator), made once: in the
 * background when the server starts, so the first page is not kept waiting, or by whoever needs it
 * first, whichever comes first. Whoever asks while it is being made waits for it.
 *
 * <p>This class is thread-safe.
 *
 * @param <T> the value's type
 */
public final class Prepared<T> implements Supplier<T> {

    private final String name;
    private final FutureTask<T> task;

    private Prepared(String name, Callable<T> work) {
        this.name = name;
        this.task = new FutureTask<>(work);
    }

    /** A value made by {@code work}, not started yet. */
    public static <T> Prepared<T> of(String name, Callable<T> work) {
        return new Prepared<>(name, work);
    }

    /** Starts making the value on a background thread (which does not keep the JVM alive). */
    public Prepared<T> startInBackground() {
        Thread thread = new Thread(task, "prepare-" + name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return this;
    }

    /**
     * The value, made now on this thread if nobody has started it.
     *
     * @throws IllegalStateException if making it failed (with the cause)
     */
    @Override
    public T get() {
        task.run(); // does nothing if it has already run or is running on another thread
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not prepare " + name, e.getCause());
        }
    }

    /** Whether the value is ready. */
    public boolean isReady() {
        return task.isDone();
    }

    @Override
    public String toString() {
        return "Prepared[" + name + (task.isDone() ? ", ready" : "") + "]";
    }
}
