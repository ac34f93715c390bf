package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;

/**
 * Evidence of what matters was recorded.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param evidence the evidence
 */
public record WhatMattersRecordedEvent(WhatMattersEvidence evidence) implements ProjectEvent {

    /** Checks the components. */
    public WhatMattersRecordedEvent {
        Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
