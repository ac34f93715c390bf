package uk.nhs.coproduction.alwaysevents.project;

/**
 * Whether a project is going ahead, paused or closed.
 *
 * @since 0.1.0
 */
public enum ProjectStatus {
    /** Work is going ahead. */
    ACTIVE,
    /** Work is paused, with a reason; it can be resumed. */
    PAUSED,
    /** The project is closed, with a reason; nothing more is recorded. */
    CLOSED
}
