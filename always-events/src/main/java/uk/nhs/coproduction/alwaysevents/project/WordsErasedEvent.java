package uk.nhs.coproduction.alwaysevents.project;

import java.util.List;
import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.internal.ErasedText;

/**
 * Free text was erased from earlier events of the project's log, under the right to erasure: the
 * audit trail of an erasure. It records which fields of which events now hold {@link #MARKER}
 * and why; who did it and when are the {@link RecordedEvent}'s actor and time. It never holds the
 * words that were erased. It changes nothing in the project's state apart from its version.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param erased the fields erased, sorted by version and field, never empty
 * @param reason why
 * @since 0.1.0
 */
public record WordsErasedEvent(List<ErasedField> erased, ErasureReason reason) implements ProjectEvent {

    /** What an erased free-text field holds instead of the words: it replays as ordinary text. */
    public static final String MARKER = ErasedText.MARKER;

    /**
     * Checks the components and sorts the fields.
     *
     * @param erased the fields erased, never empty
     * @param reason why
     */
    public WordsErasedEvent {
        Objects.requireNonNull(reason, "reason");
        erased = Objects.requireNonNull(erased, "erased").stream().sorted().distinct().toList();
        if (erased.isEmpty()) {
            throw new IllegalArgumentException("an erasure names at least one field");
        }
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
