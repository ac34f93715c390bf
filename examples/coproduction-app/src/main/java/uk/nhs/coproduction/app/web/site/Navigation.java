package uk.nhs.coproduction.app.web.site;

import java.util.List;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;

/**
 * The site's name, its header navigation and the attribution in its footer. A new area of the site
 * adds its entry to {@link #entries()}, in the order people meet the work.
 */
public final class Navigation {

    /** The site's name, in the header and every page title. */
    public static final String SERVICE_NAME = "NHS co-production app";

    /** The home page's section key. */
    public static final String HOME = "home";
    /** The catalogue's section key. */
    public static final String CATALOGUE = "catalogue";
    /** The health check's section key. */
    public static final String HEALTH_CHECK = "health-check";
    /** The Always Events projects' section key. */
    public static final String PROJECTS = "projects";
    /** The portfolio's section key (the summary table of every project). */
    public static final String PORTFOLIO = "portfolio";
    /** The run chart's section key. */
    public static final String RUN_CHART = "run-chart";
    /** The national goals' section key. */
    public static final String GOALS = "goals";
    /** The JSON API's section key (its documentation page). */
    public static final String API = "api";

    private static final List<NavigationEntry> ENTRIES = List.of(
            new NavigationEntry(CATALOGUE, "Resources catalogue", "/catalogue"),
            new NavigationEntry(HEALTH_CHECK, "Co-production health check", "/health-check"),
            new NavigationEntry(PROJECTS, "Always Events projects", "/projects"),
            new NavigationEntry(PORTFOLIO, "Portfolio", "/portfolio"),
            new NavigationEntry(RUN_CHART, "Reliability run chart", "/run-chart"),
            new NavigationEntry(GOALS, "National goals", "/goals"));

    private Navigation() {
    }

    /** The header's links, in order. */
    public static List<NavigationEntry> entries() {
        return ENTRIES;
    }

    /** The attribution every page shows in its footer. */
    public static String trademarkNotice() {
        return AlwaysEvents.TRADEMARK_NOTICE;
    }
}
