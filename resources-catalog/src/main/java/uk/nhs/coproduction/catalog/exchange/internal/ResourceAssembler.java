package uk.nhs.coproduction.catalog.exchange.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.resource.Alternative;
import uk.nhs.coproduction.catalog.resource.Audience;
import uk.nhs.coproduction.catalog.resource.ControlledTerm;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.PartialDate;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceField;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.ResourceValidation;
import uk.nhs.coproduction.catalog.resource.Status;
import uk.nhs.coproduction.catalog.resource.Topic;
import uk.nhs.coproduction.catalog.resource.Violation;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/**
 * Turns a {@link RawRecord} into a {@link Resource}, recording every bad value and every broken
 * rule at its row and column. Shared by the JSON and CSV readers so both apply the same rules.
 */
public final class ResourceAssembler {

    private final Vocabularies vocabularies;

    /** An assembler that checks topics against these vocabularies. */
    public ResourceAssembler(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** The resource, or null if the record had any error (all of them recorded). */
    public @Nullable Resource assemble(RawRecord record, Problems problems) {
        int before = problems.count();
        int row = record.row();
        String idText = record.text(ResourceField.ID, problems);
        ResourceId id = null;
        if (idText == null) {
            problems.add(row, record.column(ResourceField.ID), "is required");
        } else {
            id = problems.attempt(row, record.column(ResourceField.ID), () -> ResourceId.parse(idText));
        }
        Resource.Builder b = Resource.builder(id != null ? id : ResourceId.of("invalid", "invalid"));
        b.slug(record.text(ResourceField.SLUG, problems));
        b.formerSlugs(record.texts(ResourceField.FORMER_SLUGS, problems));
        b.title(record.text(ResourceField.TITLE, problems));
        b.summary(record.text(ResourceField.SUMMARY, problems));
        b.kind(single(record, ResourceField.KIND, problems, t -> ControlledTerm.parse(Kind.class, t)));
        b.audiences(many(record, ResourceField.AUDIENCES, problems, t -> ControlledTerm.parse(Audience.class, t)));
        b.topics(many(record, ResourceField.TOPICS, problems, this::topic));
        String language = record.text(ResourceField.LANGUAGE, problems);
        if (language != null) {
            b.language(language);
        }
        b.publisher(record.text(ResourceField.PUBLISHER, problems));
        b.creators(record.texts(ResourceField.CREATORS, problems));
        b.issued(single(record, ResourceField.ISSUED, problems, PartialDate::parse));
        b.modified(single(record, ResourceField.MODIFIED, problems, PartialDate::parse));
        b.licence(record.text(ResourceField.LICENCE, problems));
        b.timeRequired(single(record, ResourceField.TIME_REQUIRED, problems, ResourceAssembler::duration));
        b.landingPage(single(record, ResourceField.LANDING_PAGE, problems, ResourceAssembler::uri));
        b.formats(record.formats(problems));
        b.alternatives(record.alternatives(problems));
        b.partOf(many(record, ResourceField.PART_OF, problems, ResourceId::parse));
        Status status = single(record, ResourceField.STATUS, problems, t -> ControlledTerm.parse(Status.class, t));
        if (status != null) {
            b.status(status);
        }
        b.version(record.text(ResourceField.VERSION, problems));
        b.replaces(many(record, ResourceField.REPLACES, problems, ResourceId::parse));
        b.replacedBy(single(record, ResourceField.REPLACED_BY, problems, ResourceId::parse));
        b.withdrawalReason(record.text(ResourceField.WITHDRAWAL_REASON, problems));
        ResourceValidation validation = b.validate();
        if (validation instanceof ResourceValidation.Refused refused) {
            for (Violation v : refused.problems()) {
                boolean alreadyReported = v.message().equals("is required")
                        && problems.errors().stream().skip(before)
                                .anyMatch(e -> e.column().equals(record.column(v.field())));
                if (!alreadyReported) {
                    problems.add(row, record.column(v.field()), v.message());
                }
            }
            return null;
        }
        if (problems.count() > before || id == null) {
            return null;
        }
        return ((ResourceValidation.Accepted) validation).value();
    }

    private Topic topic(String code) {
        Topic topic = Topic.of(code);
        if (!vocabularies.hasTopic(topic)) {
            throw new IllegalArgumentException("'" + code + "' is not a topic in vocabularies "
                    + vocabularies.version() + "; allowed: "
                    + String.join(", ", vocabularies.topics().stream().map(t -> t.code()).toList()));
        }
        return topic;
    }

    private static <T> @Nullable T single(RawRecord record, ResourceField field, Problems problems,
            Function<String, T> parse) {
        String text = record.text(field, problems);
        return text == null ? null : problems.attempt(record.row(), record.column(field), () -> parse.apply(text));
    }

    private static <T> List<T> many(RawRecord record, ResourceField field, Problems problems,
            Function<String, T> parse) {
        List<T> values = new ArrayList<>();
        for (String text : record.texts(field, problems)) {
            T value = problems.attempt(record.row(), record.column(field), () -> parse.apply(text));
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** Reads an ISO 8601 duration such as PT15M. */
    public static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("a duration is ISO 8601 such as PT15M or PT1H30M, was '" + text + "'", e);
        }
    }

    /** Reads an absolute http or https address. */
    public static URI uri(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a web address: '" + text + "' (" + e.getReason() + ")", e);
        }
        Format.requireWebAddress("the address", uri);
        return uri;
    }

    /** Reads an alternative's kind and target. */
    public static Alternative alternative(String kind, String target) {
        return Alternative.of(ControlledTerm.parse(uk.nhs.coproduction.catalog.resource.AlternativeKind.class, kind),
                ResourceId.parse(target));
    }

    /** Builds a format from its parsed parts, recording a rule broken across parts. */
    public static @Nullable Format format(@Nullable String mediaType, @Nullable URI url, @Nullable Long byteSize,
            @Nullable Integer pageCount, @Nullable Duration duration, @Nullable URI transcriptUrl,
            List<uk.nhs.coproduction.catalog.resource.AccessibilityFeature> features) {
        if (mediaType == null) {
            throw new IllegalArgumentException("a format has a mediaType such as application/pdf or text/html");
        }
        return new Format(mediaType, url, byteSize, pageCount, duration, transcriptUrl, java.util.Set.copyOf(features));
    }
}
