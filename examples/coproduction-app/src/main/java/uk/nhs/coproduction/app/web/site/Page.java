package uk.nhs.coproduction.app.web.site;

import java.util.List;
import java.util.Objects;

/**
 * What the layout needs to know about a page: its title, the section of the site it belongs to
 * (to mark the navigation) and whether it shows errors (the title then starts "Error:", as the NHS
 * service manual asks, so a screen reader hears it first).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the page's own title, also its {@code <h1>}
 * @param section the key of its {@link NavigationEntry}, or "" for none
 * @param hasErrors whether the page shows errors
 */
public record Page(String title, String section, boolean hasErrors) {

    /** Rejects nulls. */
    public Page {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
    }

    /** A page without errors. */
    public static Page of(String title, String section) {
        return new Page(title, section, false);
    }

    /** The text of the {@code <title>} element. */
    public String documentTitle() {
        return (hasErrors ? "Error: " : "") + title + " – " + Navigation.SERVICE_NAME;
    }

    /** The site's navigation. */
    public List<NavigationEntry> navigation() {
        return Navigation.entries();
    }

    /** Whether a navigation entry is this page's section. */
    public boolean isCurrent(NavigationEntry entry) {
        return entry.key().equals(section);
    }
}
