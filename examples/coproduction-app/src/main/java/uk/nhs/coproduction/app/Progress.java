package uk.nhs.coproduction.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A progress indication for a command that may take more than a second, written to standard error
 * (never to standard output, which may be JSON for another program): nothing if the work is done
 * within a second; otherwise "Importing our-resources.csv…" after a second, a line every few
 * seconds while it goes on, and how long it took at the end.
 *
 * <pre>{@code
 * ImportResult<CatalogRelease> read = Progress.during(err, "Checking every row of " + file, () -> CatalogFiles.read(file));
 * }</pre>
 *
 * <p>Thread-safe; close it once.
 */
public final class Progress implements AutoCloseable {

    /** How long work may take before it is reported. */
    public static final Duration QUIET_FOR = Duration.ofSeconds(1);

    private static final long REPEAT_MILLIS = 5_000;

    private final PrintWriter err;
    private final String what;
    private final long started = System.nanoTime();
    private final Thread reporter;
    private volatile boolean shown;

    private Progress(PrintWriter err, String what, Duration quietFor) {
        this.err = err;
        this.what = what;
        this.reporter = new Thread(() -> report(quietFor.toMillis()), "progress");
        this.reporter.setDaemon(true);
    }

    /** Starts watching work that is about to begin, described as "Importing our-resources.csv". */
    public static Progress start(PrintWriter err, String what) {
        return start(err, what, QUIET_FOR);
    }

    /** As {@link #start(PrintWriter, String)}, quiet for the given time (for tests). */
    public static Progress start(PrintWriter err, String what, Duration quietFor) {
        Progress progress = new Progress(err, what, quietFor);
        progress.reporter.start();
        return progress;
    }

    /** Work that gives a value and may fail with a checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        /** Does the work. */
        T run() throws E;
    }

    /**
     * Does the work, with a progress indication on {@code err} if it takes more than a second.
     *
     * @return what the work gave
     * @throws E what the work threw
     */
    public static <T, E extends Exception> T during(PrintWriter err, String what, Work<T, E> work) throws E {
        Progress progress = start(err, what);
        try {
            return work.run();
        } finally {
            progress.close();
        }
    }

    private void report(long quietMillis) {
        try {
            Thread.sleep(quietMillis);
            synchronized (this) {
                shown = true;
                err.println(what + "…");
                err.flush();
            }
            while (true) {
                Thread.sleep(REPEAT_MILLIS);
                synchronized (this) {
                    err.println(what + ": still working (" + seconds() + ")");
                    err.flush();
                }
            }
        } catch (InterruptedException done) {
            // the work has finished
        }
    }

    private String seconds() {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
    }

    /** Whether anything has been written. */
    public boolean wasShown() {
        return shown;
    }

    /** Ends the indication: says how long it took, if it said anything at all. */
    @Override
    public void close() {
        reporter.interrupt();
        try {
            reporter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (shown) {
                err.println(what + ": done in " + seconds() + ".");
                err.flush();
            }
        }
    }
}
