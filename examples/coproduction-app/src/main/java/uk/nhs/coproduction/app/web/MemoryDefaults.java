package uk.nhs.coproduction.app.web;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The heap settings {@code serve} gives the JVM so that memory taken under load is given back
 * when the load is over: a JVM started by {@code java -jar} keeps the heap it grew to (the issue
 * saw 2.4 GB held for 20 MB of live data). Set a few seconds after start-up, off the path to the
 * first page, and only where the person who started the JVM did not set them:
 * <ul>
 *   <li>{@code MinHeapFreeRatio=10} and {@code MaxHeapFreeRatio=20}: after a collection the heap
 *       is shrunk until at most a fifth of it is free;</li>
 *   <li>{@code G1PeriodicGCInterval=10000}: when the app is idle, G1 runs a concurrent cycle
 *       every 10 seconds, which is when it shrinks the heap and returns memory.</li>
 * </ul>
 * These are the JVM's "manageable" options, which a running JVM may change. A hard limit is the
 * JVM's own {@code -Xmx} (see the README).
 */
final class MemoryDefaults {

    private static final Logger LOG = Logger.getLogger("uk.nhs.coproduction.app.web");

    /** The options and values, in the order they must be set (the minimum may not exceed the maximum). */
    static final Map<String, String> OPTIONS = options();

    private MemoryDefaults() {
    }

    private static Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("MinHeapFreeRatio", "10");
        options.put("MaxHeapFreeRatio", "20");
        options.put("G1PeriodicGCInterval", "10000");
        return options;
    }

    /** Sets the options on a daemon thread after {@code delayMillis}, leaving any the JVM was started with. */
    static void applyLater(long delayMillis) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                return;
            }
            apply();
        }, "memory-defaults");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Sets each option the JVM still has at its default.
     *
     * @return the options set, with their values
     */
    static Map<String, String> apply() {
        Map<String, String> set = new LinkedHashMap<>();
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            for (Map.Entry<String, String> option : OPTIONS.entrySet()) {
                VMOption current = vm.getVMOption(option.getKey());
                if (current.getOrigin() == VMOption.Origin.DEFAULT && current.isWriteable()) {
                    vm.setVMOption(option.getKey(), option.getValue());
                    set.put(option.getKey(), option.getValue());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // Not a HotSpot JVM, or an option it does not have: the JVM's own sizing stands.
            LOG.log(Level.FINE, "the heap settings could not be applied", e);
        }
        return set;
    }
}
