package uk.nhs.coproduction.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.spring.autoconfigure.StoreObserver;

/**
 * Times appends in {@code coproduction.store.appends}, tagged with their result.
 *
 * @since 0.1.0
 */
public final class MicrometerStoreObserver implements StoreObserver {

    /** The timer's name. */
    public static final String APPENDS = "coproduction.store.appends";

    private final Timer appended;
    private final Timer conflict;
    private final Timer error;

    /**
     * Times appends in {@code registry}.
     *
     * @param registry where the timers are kept
     */
    public MicrometerStoreObserver(MeterRegistry registry) {
        this.appended = timer(registry, "appended");
        this.conflict = timer(registry, "conflict");
        this.error = timer(registry, "error");
    }

    private static Timer timer(MeterRegistry registry, String result) {
        return Timer.builder(APPENDS).tag("result", result).description("Appends to the Always Events event store")
                .register(registry);
    }

    @Override
    public void appended(@Nullable AppendResult result, long nanos) {
        Timer timer = result == null ? error : result instanceof AppendResult.Conflict ? conflict : appended;
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }
}
