package uk.nhs.coproduction.catalog.exchange;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import uk.nhs.coproduction.catalog.resource.AccessibilityFeature;
import uk.nhs.coproduction.catalog.resource.Alternative;
import uk.nhs.coproduction.catalog.resource.AlternativeKind;
import uk.nhs.coproduction.catalog.resource.Audience;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.PartialDate;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.Status;
import uk.nhs.coproduction.catalog.resource.Topic;

/** Random valid resources with every field exercised, for round-trip properties. */
final class ResourceArbitraries {

    private ResourceArbitraries() {
    }

    /** Text that is one line, trimmed, and may hold commas, quotes, bars, backslashes and accents. */
    static Arbitrary<String> line(int max) {
        return Arbitraries.strings().withChars("abcXYZ é,\"'|\\;:-—£&<>").ofMinLength(1).ofMaxLength(max)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    static Arbitrary<PartialDate> dates() {
        return Arbitraries.integers().between(0, 3000).flatMap(day -> Arbitraries.of(PartialDate.Precision.values())
                .map(p -> {
                    LocalDate date = LocalDate.of(2000, 1, 1).plusDays(day);
                    return switch (p) {
                        case YEAR -> PartialDate.ofYear(date.getYear());
                        case MONTH -> PartialDate.ofMonth(date.getYear(), date.getMonthValue());
                        case DAY -> PartialDate.ofDay(date);
                    };
                }));
    }

    static Arbitrary<URI> uris() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .map(s -> URI.create("https://example.org/" + s + "?q=a%7Cb"));
    }

    static Arbitrary<Format> formats() {
        return Combinators.combine(
                Arbitraries.of("application/pdf", "text/html", "video/mp4", "application/msword"),
                uris().injectNull(0.3),
                Arbitraries.longs().between(1, 50_000_000).injectNull(0.3),
                Arbitraries.integers().between(1, 300).injectNull(0.5),
                Arbitraries.integers().between(1, 7200).map(s -> Duration.ofSeconds(s)).injectNull(0.6),
                uris().injectNull(0.7),
                Arbitraries.of(AccessibilityFeature.values()).set().ofMaxSize(3))
                .as(Format::new);
    }

    static Arbitrary<ResourceId> ids(String namespace) {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(12)
                .map(s -> ResourceId.of(namespace, s));
    }

    /** A random valid resource in the namespace (links point at other random ids). */
    static Arbitrary<Resource> resources(String namespace) {
        Arbitrary<Resource.Builder> core = Combinators.combine(ids(namespace), line(150), line(300),
                Arbitraries.of(Kind.values()), Arbitraries.of(Audience.values()).set().ofMaxSize(3),
                Arbitraries.of("co-production", "always-events", "pdsa", "measurement").set().ofMaxSize(3),
                Arbitraries.of("en", "cy", "pl", "en-GB"), line(60).injectNull(0.3))
                .as((id, title, summary, kind, audiences, topics, language, publisher) -> Resource.builder(id)
                        .title(title).summary(summary).kind(kind).audiences(audiences)
                        .topics(topics.stream().map(Topic::of).toList()).language(language).publisher(publisher));
        Arbitrary<Resource.Builder> more = Combinators.combine(core, line(40).list().ofMaxSize(2),
                dates().injectNull(0.4), Arbitraries.integers().between(1, 240).injectNull(0.5),
                uris().injectNull(0.4), formats().list().ofMaxSize(3), line(30).injectNull(0.6),
                Arbitraries.of("OGL-UK-3.0", "CC-BY-4.0").injectNull(0.5))
                .as((b, creators, issued, minutes, landing, formats, version, licence) -> b.creators(creators)
                        .issued(issued).timeRequired(minutes == null ? null : Duration.ofMinutes(minutes))
                        .landingPage(landing).formats(formats).version(version).licence(licence));
        return Combinators.combine(more, ids("other").list().ofMaxSize(2), ids("other").list().ofMaxSize(2),
                Arbitraries.of(Status.values()), Arbitraries.of(AlternativeKind.values()),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).list().ofMaxSize(2),
                Arbitraries.integers().between(0, 400).injectNull(0.5))
                .as((b, parts, replaces, status, altKind, formerSlugs, modifiedDays) -> {
                    Resource draft = b.build();
                    b.partOf(parts).replaces(replaces).status(status)
                            .alternatives(parts.isEmpty() ? List.of() : List.of(Alternative.of(altKind, parts.get(0))));
                    Set<String> former = new HashSet<>(formerSlugs);
                    former.remove(draft.slug());
                    b.formerSlugs(new ArrayList<>(former));
                    if (status == Status.WITHDRAWN) {
                        b.withdrawalReason("Withdrawn, see the replacement | new \"guide\".");
                    }
                    if (status == Status.DEPRECATED || status == Status.WITHDRAWN) {
                        b.replacedBy(ResourceId.of("other", "successor"));
                    }
                    if (modifiedDays != null && draft.issued() != null) {
                        b.modified(PartialDate.ofDay(draft.issued().end().plusDays(modifiedDays)));
                    }
                    return b.build();
                });
    }

    /** Lists of resources with unique ids and slugs. */
    static Arbitrary<List<Resource>> catalogues(String namespace) {
        return resources(namespace).list().ofMaxSize(8).uniqueElements(r -> r.id())
                .filter(list -> list.stream().map(Resource::slug).distinct().count() == list.size());
    }
}
