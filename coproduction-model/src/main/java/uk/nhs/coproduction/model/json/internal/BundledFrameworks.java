package uk.nhs.coproduction.model.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.framework.internal.BundledEditions;
import uk.nhs.coproduction.model.json.JsonResult;

/**
 * Loads the framework editions bundled in this package's JSON resources and validates them: the
 * provider of {@link BundledEditions}, through which {@code Frameworks.bundled()} reaches this
 * layer without depending on it. A missing or invalid resource is a packaging error, reported as
 * an {@link IllegalStateException} naming the resource and the problems.
 */
public final class BundledFrameworks implements BundledEditions {

    /** The resource names, in this package. */
    public static final String COPRODUCTION_MODEL = "coproduction-model-c4cc-2016.json";
    /** The ladder of participation. */
    public static final String LADDER = "ladder-of-participation-tlap.json";
    /** The statutory guidance. */
    public static final String STATUTORY_GUIDANCE = "statutory-guidance-nhse-2022.json";
    /** The PPV partner policy. */
    public static final String PPV_PARTNER_POLICY = "ppv-partner-policy-nhse-v3-2021.json";
    /** The alignment model. */
    public static final String ALIGNMENT_MODEL = "alignment-model-working-2026.json";

    /** The service provider; {@code Frameworks.bundled()} keeps the editions it loads. */
    public BundledFrameworks() {
    }

    @Override
    public Frameworks load() {
        JsonEngine engine = new JsonEngine(1_000_000, true);
        return new Frameworks(
                load(engine, FrameworkCodecs.COPRODUCTION_MODEL, COPRODUCTION_MODEL),
                load(engine, FrameworkCodecs.LADDER_OF_PARTICIPATION, LADDER),
                load(engine, FrameworkCodecs.STATUTORY_GUIDANCE, STATUTORY_GUIDANCE),
                load(engine, FrameworkCodecs.PPV_PARTNER_POLICY, PPV_PARTNER_POLICY),
                load(engine, FrameworkCodecs.ALIGNMENT_MODEL, ALIGNMENT_MODEL));
    }

    /** The text of a bundled resource. */
    public static String text(String resource) {
        try (InputStream in = BundledFrameworks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled framework " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled framework " + resource + " cannot be read", e);
        }
    }

    private static <T> T load(JsonEngine engine, Codec<T> codec, String resource) {
        JsonResult<T> result = engine.read(codec, text(resource));
        if (result instanceof JsonResult.Accepted<T> accepted) {
            return accepted.value();
        }
        throw new IllegalStateException("the bundled framework " + resource + " is invalid: " + result.problems());
    }
}
