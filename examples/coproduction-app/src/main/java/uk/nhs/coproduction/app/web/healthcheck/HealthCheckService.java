package uk.nhs.coproduction.app.web.healthcheck;

import uk.nhs.coproduction.app.check.ModelOverview;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.healthcheck.HealthCheck;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.json.CoproductionJson;
import uk.nhs.coproduction.model.json.DocumentType;
import uk.nhs.coproduction.model.json.JsonResult;
import uk.nhs.coproduction.model.partnership.Partnership;

/**
 * What the health-check page and API share: reading a partnership document (with validation) and
 * checking it against the bundled framework editions. Making one starts the validator, which takes
 * a moment, so the web app makes it in the background at start-up.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HealthCheckService {

    /** The longest document accepted, in characters: as much as the body limit can carry. */
    public static final int MAX_CHARACTERS = 1024 * 1024;

    private final CoproductionJson json;
    private final Frameworks frameworks;
    private final HealthCheck check;

    private HealthCheckService(CoproductionJson json, Frameworks frameworks) {
        this.json = json;
        this.frameworks = frameworks;
        this.check = HealthCheck.using(frameworks);
    }

    /** The service with the bundled editions, warmed by reading and checking the sample partnership once. */
    public static HealthCheckService standard() {
        HealthCheckService service = new HealthCheckService(
                CoproductionJson.standard().withMaxCharacters(MAX_CHARACTERS), Frameworks.bundled());
        service.check(service.read(sampleText()).orElseThrow());
        return service;
    }

    /** The sample partnership of invented people, as a document to start from. */
    public static String sampleText() {
        return CoproductionJson.standard().write(DocumentType.PARTNERSHIP, ModelOverview.samplePartnership());
    }

    /** Reads a partnership document: the whole valid partnership, or every problem with its line and field. */
    public JsonResult<Partnership> read(String text) {
        return json.read(DocumentType.PARTNERSHIP, text);
    }

    /** The health check of a partnership. */
    public HealthCheckReport check(Partnership partnership) {
        return check.check(partnership);
    }

    /** The report as the library's JSON health-check report document. */
    public String reportJson(HealthCheckReport report) {
        return json.write(DocumentType.HEALTH_CHECK_REPORT, report);
    }

    /** The framework editions in use. */
    public Frameworks frameworks() {
        return frameworks;
    }
}
