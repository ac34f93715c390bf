package uk.nhs.coproduction.benchmarks.workflow;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;

/**
 * Replay is O(events): the time to rebuild a project from logs of 1,000, 10,000 and 100,000
 * events of the same mix (see {@link ReplayBenchmark}) grows in proportion to the log, so the
 * time per event stays flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReplayScalingBenchmark {

    /** Events in the log. */
    @Param({"1000", "10000", "100000"})
    public int events;

    private List<RecordedEvent> log;

    /** Builds the log through the public API. */
    @Setup
    public void setUp() {
        log = Projects.log(events);
    }

    /** Replays the whole log. */
    @Benchmark
    public AlwaysEventProject replay() {
        return AlwaysEventProject.replay(log).orElseThrow();
    }
}
