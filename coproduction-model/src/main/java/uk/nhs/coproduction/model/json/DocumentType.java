package uk.nhs.coproduction.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.framework.AlignmentModel;
import uk.nhs.coproduction.model.framework.CoproductionModel;
import uk.nhs.coproduction.model.framework.LadderOfParticipation;
import uk.nhs.coproduction.model.framework.PpvPartnerPolicy;
import uk.nhs.coproduction.model.framework.StatutoryGuidance;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.json.internal.Codec;
import uk.nhs.coproduction.model.json.internal.FrameworkCodecs;
import uk.nhs.coproduction.model.json.internal.PartnershipCodec;
import uk.nhs.coproduction.model.json.internal.ReportCodec;
import uk.nhs.coproduction.model.partnership.Partnership;

/**
 * A kind of JSON document this library reads and writes. Every document starts with
 * {@code "schemaVersion": 1} and {@code "document": "<name>"}; field names are those of the
 * domain types' components.
 *
 * <p>The hand-written documents have JSON Schema files (draft 2020-12), for editors and other tools:
 * see {@link #jsonSchema()}. A partnership has its own schema; the five framework documents share
 * one, which tells them apart by their {@code document} field.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the document's value
 * @since 0.1.0
 */
public final class DocumentType<T> {

    /** A partnership with its members, the log of what matters and the log of decisions. */
    public static final DocumentType<Partnership> PARTNERSHIP =
            new DocumentType<>(Partnership.class, new PartnershipCodec(), "partnership.schema.json");
    /** An edition of the Co-Production Model. */
    public static final DocumentType<CoproductionModel> COPRODUCTION_MODEL =
            new DocumentType<>(CoproductionModel.class, FrameworkCodecs.COPRODUCTION_MODEL,
                    "framework.schema.json");
    /** An edition of the ladder of participation. */
    public static final DocumentType<LadderOfParticipation> LADDER_OF_PARTICIPATION =
            new DocumentType<>(LadderOfParticipation.class, FrameworkCodecs.LADDER_OF_PARTICIPATION,
                    "framework.schema.json");
    /** An edition of the statutory guidance's principles. */
    public static final DocumentType<StatutoryGuidance> STATUTORY_GUIDANCE =
            new DocumentType<>(StatutoryGuidance.class, FrameworkCodecs.STATUTORY_GUIDANCE,
                    "framework.schema.json");
    /** An edition of the PPV partner policy. */
    public static final DocumentType<PpvPartnerPolicy> PPV_PARTNER_POLICY =
            new DocumentType<>(PpvPartnerPolicy.class, FrameworkCodecs.PPV_PARTNER_POLICY,
                    "framework.schema.json");
    /** An edition of the alignment model. */
    public static final DocumentType<AlignmentModel> ALIGNMENT_MODEL =
            new DocumentType<>(AlignmentModel.class, FrameworkCodecs.ALIGNMENT_MODEL, "framework.schema.json");
    /** A health-check report (written by the library, so it has no JSON Schema). */
    public static final DocumentType<HealthCheckReport> HEALTH_CHECK_REPORT =
            new DocumentType<>(HealthCheckReport.class, new ReportCodec(), null);

    private static final String SCHEMA_FOLDER = "/uk/nhs/coproduction/model/json/internal/";

    private final Class<T> valueType;
    final Codec<T> codec;
    private final @Nullable String schemaResource;

    private DocumentType(Class<T> valueType, Codec<T> codec, @Nullable String schemaResource) {
        this.valueType = valueType;
        this.codec = codec;
        this.schemaResource = schemaResource;
    }

    /** {@return every kind of document, in the order declared above} */
    public static List<DocumentType<?>> values() {
        return List.of(PARTNERSHIP, COPRODUCTION_MODEL, LADDER_OF_PARTICIPATION, STATUTORY_GUIDANCE,
                PPV_PARTNER_POLICY, ALIGNMENT_MODEL, HEALTH_CHECK_REPORT);
    }

    /**
     * {@return the kind of document whose {@code document} field is {@code name}}
     *
     * @param name the value of a document's {@code document} field
     */
    public static Optional<DocumentType<?>> named(String name) {
        Objects.requireNonNull(name, "name");
        return values().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** {@return the value of the document's {@code document} field, such as "partnership"} */
    public String name() {
        return codec.documentName();
    }

    /** {@return the type of the document's value} */
    public Class<T> valueType() {
        return valueType;
    }

    /**
     * {@return the document's JSON Schema (draft 2020-12), for editors and other tools; empty for
     * documents the library writes itself}
     */
    public Optional<String> jsonSchema() {
        if (schemaResource == null) {
            return Optional.empty();
        }
        try (InputStream in = DocumentType.class.getResourceAsStream(SCHEMA_FOLDER + schemaResource)) {
            if (in == null) {
                throw new IllegalStateException("the JSON Schema " + schemaResource + " is missing from the library");
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON Schema " + schemaResource, e);
        }
    }

    /** The document's name. */
    @Override
    public String toString() {
        return name();
    }
}
