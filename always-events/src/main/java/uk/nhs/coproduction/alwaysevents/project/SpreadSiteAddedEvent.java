package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;

/**
 * A unit or organisation took the Always Event up.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param site the site
 * @since 0.1.0
 */
public record SpreadSiteAddedEvent(SpreadSite site) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param site the site
     */
    public SpreadSiteAddedEvent {
        Objects.requireNonNull(site, "site");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
