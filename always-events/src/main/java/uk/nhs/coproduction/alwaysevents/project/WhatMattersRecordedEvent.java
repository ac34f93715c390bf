package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;

/**
 * Evidence of what matters was recorded.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param evidence the evidence
 * @since 0.1.0
 */
public record WhatMattersRecordedEvent(WhatMattersEvidence evidence) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param evidence the evidence
     */
    public WhatMattersRecordedEvent {
        Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
