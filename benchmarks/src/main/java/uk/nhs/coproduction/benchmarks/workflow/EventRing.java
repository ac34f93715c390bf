package uk.nhs.coproduction.benchmarks.workflow;

/**
 * Where every benchmark records the events of its transitions: a fixed ring of slots, so the
 * three implementations record the same way and a long run does not fill the heap.
 */
final class EventRing {

    private final Object[] slots = new Object[1024];
    private int next;

    void record(Object event) {
        slots[next] = event;
        next = (next + 1) & (slots.length - 1);
    }

    /** The latest event recorded, so the benchmark's work is observable. */
    Object latest() {
        return slots[(next - 1) & (slots.length - 1)];
    }
}
