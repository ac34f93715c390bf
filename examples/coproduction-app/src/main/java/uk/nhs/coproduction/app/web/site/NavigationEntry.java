package uk.nhs.coproduction.app.web.site;

/**
 * One link in the site's header navigation.
 *
 * @param key the section's key, which pages name in {@link Page#section()}
 * @param label the link text
 * @param href the path it goes to
 */
public record NavigationEntry(String key, String label, String href) {
}
