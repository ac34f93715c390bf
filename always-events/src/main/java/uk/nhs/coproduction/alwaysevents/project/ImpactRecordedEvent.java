package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * A "you said, we did" entry was recorded.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param entry its number
 * @param youSaid what partners said
 * @param weDid what changed
 * @param saidBy who said it
 * @param recordedOn when
 * @since 0.1.0
 */
public record ImpactRecordedEvent(int entry, String youSaid, String weDid, Set<PartnerId> saidBy, LocalDate recordedOn) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param entry its number
     * @param youSaid what partners said
     * @param weDid what changed
     * @param saidBy who said it
     * @param recordedOn when
     */
    public ImpactRecordedEvent {
        Objects.requireNonNull(youSaid, "youSaid");
        Objects.requireNonNull(weDid, "weDid");
        saidBy = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(saidBy, "saidBy")));
        Objects.requireNonNull(recordedOn, "recordedOn");
    }

    /** Shows the entry, who said it and when; what was said and done is left out. */
    @Override
    public String toString() {
        return "ImpactRecordedEvent[entry=" + entry + ", saidBy=" + saidBy + ", recordedOn=" + recordedOn + "]";
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
