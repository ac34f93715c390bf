package uk.nhs.coproduction.alwaysevents.postgres;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, failing with what was awaited and what was seen. */
final class Await {

    private Await() {
    }

    /**
     * Waits until {@code condition} holds, polling every 10 ms.
     *
     * @param what what is awaited, for the failure message
     * @param limit how long to wait at most
     * @param state what was seen, for the failure message
     * @param condition the condition
     * @throws AssertionError if it does not hold within {@code limit}
     */
    static void until(String what, Duration limit, Supplier<String> state, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for " + what + "; " + state.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
