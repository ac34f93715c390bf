package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;

/**
 * An approval was recorded.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param approval the approval
 * @since 0.1.0
 */
public record ApprovalRecordedEvent(Approval approval) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param approval the approval
     */
    public ApprovalRecordedEvent {
        Objects.requireNonNull(approval, "approval");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
