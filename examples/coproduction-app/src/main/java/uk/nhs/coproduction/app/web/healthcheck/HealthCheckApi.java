package uk.nhs.coproduction.app.web.healthcheck;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import uk.nhs.coproduction.app.web.server.Problem;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;
import uk.nhs.coproduction.model.json.JsonProblem;
import uk.nhs.coproduction.model.json.JsonResult;
import uk.nhs.coproduction.model.partnership.Partnership;

/**
 * {@code POST /api/health-check}: a partnership document ({@code application/json}) in, the
 * library's health-check report document out (200); or 422 with one error per problem, each naming
 * its field, line and column. Nothing is stored.
 */
public final class HealthCheckApi {

    private final Supplier<HealthCheckService> service;

    /** The API over a health-check service. */
    public HealthCheckApi(Supplier<HealthCheckService> service) {
        this.service = service;
    }

    /** {@code POST /api/health-check}. */
    public Reply check(Request request) throws IOException {
        request.requireMediaType("application/json");
        String text = request.bodyText();
        HealthCheckService checker = service.get();
        JsonResult<Partnership> read = checker.read(text);
        if (read instanceof JsonResult.Refused<Partnership> refused) {
            List<Problem.Error> errors = refused.problems().stream().map(HealthCheckApi::error).toList();
            throw new RequestRefused(422, "The body is not a valid partnership document: " + (errors.size() == 1
                    ? "1 problem." : errors.size() + " problems."), errors);
        }
        return Reply.json(200, checker.reportJson(checker.check(read.orElseThrow())));
    }

    private static Problem.Error error(JsonProblem problem) {
        return new Problem.Error(problem.field(), problem.position() == null ? null : problem.position().line(),
                problem.position() == null ? null : problem.position().column(), problem.message());
    }
}
