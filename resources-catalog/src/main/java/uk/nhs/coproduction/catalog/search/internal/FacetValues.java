package uk.nhs.coproduction.catalog.search.internal;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.nhs.coproduction.catalog.resource.AccessibilityFeature;
import uk.nhs.coproduction.catalog.resource.Alternative;
import uk.nhs.coproduction.catalog.resource.AlternativeKind;
import uk.nhs.coproduction.catalog.resource.Audience;
import uk.nhs.coproduction.catalog.resource.ControlledTerm;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.Topic;
import uk.nhs.coproduction.catalog.resource.Vocabularies;
import uk.nhs.coproduction.catalog.search.Facet;

/** Which facet values a resource has, and how each value is labelled, from the vocabularies. */
public final class FacetValues {

    private final Vocabularies vocabularies;
    private final Map<Facet, Map<String, String>> labels = new EnumMap<>(Facet.class);

    /** Values and labels from these vocabularies. */
    public FacetValues(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
        for (Facet facet : Facet.values()) {
            labels.put(facet, new ConcurrentHashMap<>());
        }
    }

    /** The values of every facet the resource has, by facet. */
    public Map<Facet, Set<String>> of(Resource resource) {
        Map<Facet, Set<String>> values = new EnumMap<>(Facet.class);
        values.put(Facet.KIND, Set.of(resource.kind().code()));
        values.put(Facet.AUDIENCE, codes(resource.audiences()));
        Set<String> topics = new LinkedHashSet<>();
        resource.topics().forEach(t -> topics.add(t.code()));
        values.put(Facet.TOPIC, topics);
        Set<String> formats = new LinkedHashSet<>();
        Set<String> features = new LinkedHashSet<>();
        for (Format format : resource.formats()) {
            formats.add(vocabularies.formatGroup(format.mediaType()).code());
            format.accessibilityFeatures().forEach(f -> features.add(f.code()));
        }
        values.put(Facet.FORMAT, formats);
        values.put(Facet.ACCESSIBILITY, features);
        Set<String> alternatives = new LinkedHashSet<>();
        for (Alternative alternative : resource.alternatives()) {
            alternatives.add(alternative.kind().code());
        }
        values.put(Facet.ALTERNATIVE, alternatives);
        values.put(Facet.LANGUAGE, Set.of(resource.language()));
        values.put(Facet.PUBLISHER, resource.publisher() == null ? Set.of() : Set.of(resource.publisher()));
        return values;
    }

    /** The words shown for a facet value (worked out once per value, then remembered). */
    public String label(Facet facet, String value) {
        return labels.get(facet).computeIfAbsent(value, v -> lookUp(facet, v));
    }

    private String lookUp(Facet facet, String value) {
        Optional<String> label = switch (facet) {
            case KIND -> ControlledTerm.byCode(Kind.class, value).map(vocabularies::label);
            case AUDIENCE -> ControlledTerm.byCode(Audience.class, value).map(vocabularies::label);
            case TOPIC -> Optional.of(vocabularies.label(Topic.of(value)));
            case FORMAT -> vocabularies.formatGroups().stream().filter(g -> g.code().equals(value)).findFirst()
                    .map(g -> g.label());
            case ACCESSIBILITY -> ControlledTerm.byCode(AccessibilityFeature.class, value).map(vocabularies::label);
            case ALTERNATIVE -> ControlledTerm.byCode(AlternativeKind.class, value).map(vocabularies::label);
            case LANGUAGE -> Optional.of(Locale.forLanguageTag(value).getDisplayName(Locale.UK))
                    .filter(name -> !name.isBlank());
            case PUBLISHER -> Optional.of(value);
        };
        return label.orElse(value);
    }

    private static Set<String> codes(Set<? extends ControlledTerm> terms) {
        Set<String> codes = new LinkedHashSet<>();
        terms.forEach(t -> codes.add(t.code()));
        return codes;
    }
}
