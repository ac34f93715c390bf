package uk.nhs.coproduction.app.web;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.app.web.server.ApiJson;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;

/** {@code GET /api}: the endpoints of the JSON API, so a developer can find them from the running app. */
final class ApiIndex {

    private ApiIndex() {
    }

    static Reply handle(Request request) {
        ObjectNode root = ApiJson.MAPPER.createObjectNode();
        root.put("name", "NHS co-production app: JSON API");
        root.put("errors", "application/problem+json (RFC 9457): status, detail, and errors[] naming the field, "
                + "parameter or line");
        root.put("bodyLimit", WebApp.BODY_LIMIT);
        ArrayNode endpoints = root.putArray("endpoints");
        endpoint(endpoints, "GET", "/api/catalog/search", "Search the catalogue: q, kind, audience, topic, format, "
                + "accessibility, alternative, language, publisher, sort, offset, limit, includeWithdrawn");
        endpoint(endpoints, "GET", "/api/catalog/resources/{id}", "One resource by id, such as "
                + "nhse:always-events-toolkit (Accept: application/ld+json for schema.org JSON-LD)");
        endpoint(endpoints, "POST", "/api/health-check", "Health-check a partnership document (application/json)");
        endpoint(endpoints, "POST", "/api/reliability", "Reliability of an Always Event against its aim "
                + "(text/csv: period,numerator,denominator; ?aim=95)");
        endpoint(endpoints, "POST", "/api/spc", "Run chart or SPC chart of a series (text/csv), with the options "
                + "of the spc command as query parameters");
        endpoint(endpoints, "GET", "/api/projects", "Every Always Events project: id, title, phase, status, version "
                + "and progress score");
        endpoint(endpoints, "POST", "/api/projects", "Start a project (application/json: id, title, organisation, "
                + "areaOfFocus, startedOn?, actor?, confirmPersonalDetails?)");
        endpoint(endpoints, "POST", "/api/projects/load-demonstration", "Load the Humber demonstration project");
        endpoint(endpoints, "GET", "/api/projects/{id}", "A project's state, phase and version");
        endpoint(endpoints, "GET", "/api/projects/{id}/transitions", "Every step from the project's phase, with its "
                + "verdict and every reason (code, message, facts)");
        endpoint(endpoints, "POST", "/api/projects/{id}/measurements", "Record a period's measurement "
                + "(application/json: expectedVersion, period, numerator, denominator, actor?); 409 if the version "
                + "is stale");
        endpoint(endpoints, "POST", "/api/projects/{id}/transitions/{transition}", "Take a step (application/json: "
                + "expectedVersion, on?, actor?); 422 with every reason if refused, 409 if the version is stale");
        endpoint(endpoints, "GET", "/api/projects/{id}/commands", "Every command the project can be given (the "
                + "sponsor, the team, what matters, the Always Event, the driver diagram, PDSA cycles, measurements, "
                + "spread sites, sustain reviews, the progress score, \"you said, we did\", approvals, pause, resume, "
                + "close), with its fields, their types and choices, and whether it is offered now");
        endpoint(endpoints, "POST", "/api/projects/{id}/commands/{command}", "Give the project a command "
                + "(application/json: expectedVersion, actor?, confirmPersonalDetails?, and the command's fields); 422 "
                + "naming each field or with every reason if refused, 422 personal-details-suspected if free text looks "
                + "like contact details or an NHS number and confirmPersonalDetails is not true, 409 if the version is "
                + "stale");
        endpoint(endpoints, "POST", "/api/projects/{id}/erasures", "Erase words from a project's history, for the "
                + "right to erasure (application/json: targets [{version, fields?} or {partner}], reason "
                + "person-asked|recorded-by-mistake|legal-obligation, actor?): free text becomes \"[erased]\" where "
                + "it is stored and the erasure is recorded; 422 with every reason if refused");
        endpoint(endpoints, "GET", "/api/portfolio", "Every project in one summary table: phase, status, progress "
                + "score, ladder rung, and each measure's role, latest value and Making Data Count variation and "
                + "assurance icons (?area= repeated, ?phase= repeated or comma-separated; 400 naming phase if unknown); "
                + "the same rows as CSV at /portfolio.csv");
        endpoint(endpoints, "GET", "/api/goals", "The two national goals: the share of projects co-produced from the "
                + "very start per period (?period=month|quarter), with each project's facts, and the imported NHS Staff "
                + "Survey results, each with its definition and source");
        root.put("trademark", AlwaysEvents.TRADEMARK_NOTICE);
        return Reply.json(200, ApiJson.write(root));
    }

    private static void endpoint(ArrayNode endpoints, String method, String path, String description) {
        endpoints.addObject().put("method", method).put("path", path).put("description", description);
    }
}
