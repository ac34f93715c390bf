package uk.nhs.coproduction.app.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import uk.nhs.coproduction.model.alignment.Alignment;
import uk.nhs.coproduction.model.framework.Confidence;
import uk.nhs.coproduction.model.framework.CoproductionModel;
import uk.nhs.coproduction.model.framework.CoproductionStep;
import uk.nhs.coproduction.model.framework.CoproductionValue;
import uk.nhs.coproduction.model.framework.FrameworkEdition;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.framework.Source;
import uk.nhs.coproduction.model.healthcheck.HealthCheck;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.json.CoproductionJson;
import uk.nhs.coproduction.model.json.DocumentType;
import uk.nhs.coproduction.model.partnership.Partnership;

/**
 * What the app prints when run with no command: the Co-Production Model as the bundled
 * edition words it (values with their behaviours, steps, and the edition's source and
 * confidence), then a health check of a sample partnership of invented people.
 */
public final class ModelOverview {

    private static final String SAMPLE = "sample-partnership.json";

    private ModelOverview() {
    }

    /** The overview as text, ending with a new line. */
    public static String text() {
        Frameworks frameworks = Frameworks.bundled();
        StringBuilder out = new StringBuilder();
        out.append(model(frameworks.coproductionModel()));
        out.append('\n').append(rule()).append('\n');
        out.append(Text.wrap("", "A health check of a sample partnership. The people are invented and known only "
                + "by pseudonymous ids, as real partners would be."));
        out.append('\n');
        Partnership sample = samplePartnership();
        HealthCheckReport report = HealthCheck.using(frameworks).check(sample);
        out.append(new ReportText(frameworks).render(report, Alignment.classify(sample, report.ladder().rung())));
        return out.toString();
    }

    /** The sample partnership bundled with the app. */
    public static Partnership samplePartnership() {
        try (InputStream in = ModelOverview.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the sample partnership " + SAMPLE + " is missing from the app");
            }
            return CoproductionJson.standard()
                    .read(DocumentType.PARTNERSHIP, new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample partnership", e);
        }
    }

    private static String rule() {
        return "-".repeat(Text.WIDTH);
    }

    private static String model(CoproductionModel model) {
        FrameworkEdition edition = model.edition();
        StringBuilder out = new StringBuilder();
        out.append(edition.title()).append('\n');
        out.append(edition.citation()).append('\n');
        out.append(Text.wrap("Confidence: ", "            ",
                edition.confidence().level().label() + ". " + edition.confidence().note()));
        for (Source source : edition.sources()) {
            out.append(Text.wrap("Source: ", "        ", source.title() + ", " + source.publisher()
                    + (source.url() == null ? "" : " <" + source.url() + ">")));
        }
        out.append('\n').append(Text.wrap("", model.definition()));
        out.append("\nFive values, and the behaviours they imply\n");
        int number = 1;
        for (CoproductionValue value : model.values()) {
            String head = "  " + number++ + ". ";
            out.append(Text.wrap(head, "     ", value.name() + confidenceNote(value.confidence())));
            for (String behaviour : value.behaviours()) {
                out.append(Text.wrap("     - ", "       ", behaviour));
            }
        }
        out.append("\nSeven steps\n");
        number = 1;
        for (CoproductionStep step : model.steps()) {
            String head = "  " + number++ + ". ";
            out.append(Text.wrap(head, "     ", step.name() + ": " + step.description()
                    + confidenceNote(step.confidence())));
        }
        if (!model.focusAreas().isEmpty()) {
            out.append("\nFocus areas of a co-production culture\n");
            model.focusAreas().forEach(a -> out.append(Text.wrap("  - ", "    ", a.name() + ": " + a.description())));
        }
        return out.toString();
    }

    private static String confidenceNote(Confidence confidence) {
        return confidence == null ? "" : " [" + confidence.level().label() + " confidence: " + confidence.note() + "]";
    }
}
