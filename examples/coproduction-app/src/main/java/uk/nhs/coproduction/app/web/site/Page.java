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
 * @param visitor who is looking: signed in (with the CSRF token every form carries) or not
 */
public record Page(String title, String section, boolean hasErrors, Visitor visitor) {

    /** Rejects nulls. */
    public Page {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(visitor, "visitor");
    }

    /** A page for someone not signed in; see {@link #withVisitor}. */
    public Page(String title, String section, boolean hasErrors) {
        this(title, section, hasErrors, Visitor.ANONYMOUS);
    }

    /** The same page for the visitor a request comes from ({@link Visitor#of}). */
    public Page withVisitor(Visitor who) {
        return new Page(title, section, hasErrors, who);
    }

    /** The same page for whoever sent {@code request}. */
    public Page forRequest(uk.nhs.coproduction.app.web.server.Request request) {
        return withVisitor(Visitor.of(request));
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
