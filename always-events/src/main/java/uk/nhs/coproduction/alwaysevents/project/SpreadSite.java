package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A unit (scale-up) or an organisation (spread) that has taken up the Always Event&reg;, with
 * measurements of its own.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param siteId a short id, such as {@code ward-12}: lower-case letters, digits and hyphens
 * @param name the unit's or organisation's name
 * @param kind unit or organisation
 * @param joinedOn when it took the Always Event up
 * @since 0.1.0
 */
public record SpreadSite(String siteId, String name, SiteKind kind, LocalDate joinedOn) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /**
     * Checks the components.
     *
     * @param siteId a short id, such as {@code ward-12}: lower-case letters, digits and hyphens
     * @param name the unit's or organisation's name
     * @param kind unit or organisation
     * @param joinedOn when it took the Always Event up
     */
    public SpreadSite {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(joinedOn, "joinedOn");
        if (!ID.matcher(siteId).matches()) {
            throw new IllegalArgumentException("a site id is 1 to 64 lower-case letters, digits or hyphens");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("a site needs a name");
        }
    }
}
