package uk.nhs.coproduction.alwaysevents.project;

/**
 * How an Always Event&reg; reached another place.
 *
 * @since 0.1.0
 */
public enum SiteKind {
    /** Scale-up: another unit, team or setting of the same organisation. */
    UNIT,
    /** Spread: another organisation. */
    ORGANISATION
}
