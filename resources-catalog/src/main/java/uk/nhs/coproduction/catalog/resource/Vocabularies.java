package uk.nhs.coproduction.catalog.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The controlled vocabularies as versioned data: the wording of every {@link Kind},
 * {@link Audience}, {@link Status}, {@link AccessibilityFeature} and {@link AlternativeKind}, the
 * list of {@link Topic}s, the {@link FormatGroup}s, how kinds map to schema.org and Dublin Core,
 * and the search synonyms ({@code QI ⇔ quality improvement}, {@code carer ⇔ caregiver}…).
 *
 * <p>{@link uk.nhs.coproduction.catalog.exchange.VocabulariesJson#bundled()} is the edition that
 * ships with the library; {@link uk.nhs.coproduction.catalog.exchange.VocabulariesJson#read} loads
 * another edition in the same JSON form. The enums name the closed vocabularies; the words live
 * here, so they can change without changing code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Vocabularies {

    private final String version;
    private final Map<ControlledTerm, Term> terms;
    private final Map<String, Term> topics;
    private final Map<Kind, KindMapping> kindMappings;
    private final List<FormatGroup> formatGroups;
    private final List<List<String>> synonyms;

    private Vocabularies(String version, Map<ControlledTerm, Term> terms, Map<String, Term> topics,
            Map<Kind, KindMapping> kindMappings, List<FormatGroup> formatGroups, List<List<String>> synonyms) {
        this.version = version;
        this.terms = Map.copyOf(terms);
        this.topics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(topics));
        this.kindMappings = java.util.Collections.unmodifiableMap(new EnumMap<>(kindMappings));
        this.formatGroups = List.copyOf(formatGroups);
        this.synonyms = synonyms.stream().map(List::copyOf).toList();
    }

    /**
     * {@return vocabularies from their parts}
     *
     * @param version the data's version label
     * @param terms the wording of every closed-vocabulary value (each enum constant must have one)
     * @param topics the topics in display order
     * @param kindMappings the standards mapping of every kind
     * @param formatGroups the format groups, most specific first
     * @param synonyms groups of words and phrases searched as the same thing
     * @throws IllegalArgumentException if a closed-vocabulary value or a kind mapping is missing
     */
    public static Vocabularies of(String version, Map<? extends ControlledTerm, Term> terms, List<Term> topics,
            Map<Kind, KindMapping> kindMappings, List<FormatGroup> formatGroups, List<List<String>> synonyms) {
        Map<ControlledTerm, Term> all = new LinkedHashMap<>(terms);
        List<String> missing = new ArrayList<>();
        for (Class<? extends ControlledTerm> type : List.of(Kind.class, Audience.class, Status.class,
                AccessibilityFeature.class, AlternativeKind.class)) {
            for (ControlledTerm term : type.getEnumConstants()) {
                if (!all.containsKey(term)) {
                    missing.add(type.getSimpleName() + " " + term.code());
                }
            }
        }
        for (Kind kind : Kind.values()) {
            if (!kindMappings.containsKey(kind)) {
                missing.add("mapping of kind " + kind.code());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("vocabularies " + version + " lack " + String.join(", ", missing));
        }
        Map<String, Term> topicsByCode = new LinkedHashMap<>();
        topics.forEach(t -> topicsByCode.put(Topic.of(t.code()).code(), t));
        return new Vocabularies(version, all, topicsByCode, kindMappings, formatGroups, synonyms);
    }

    /** {@return this data's version label, never null} */
    public String version() {
        return version;
    }

    /**
     * {@return the wording of a closed-vocabulary value, never null}
     *
     * @param value the value
     */
    public Term term(ControlledTerm value) {
        return Objects.requireNonNull(terms.get(value), value::code);
    }

    /**
     * {@return the label of a closed-vocabulary value, never null}
     *
     * @param value the value
     */
    public String label(ControlledTerm value) {
        return term(value).label();
    }

    /** {@return the topics in display order, never null} */
    public List<Term> topics() {
        return List.copyOf(topics.values());
    }

    /**
     * {@return the wording of a topic, if the vocabulary has it}
     *
     * @param topic the topic
     */
    public Optional<Term> topic(Topic topic) {
        return Optional.ofNullable(topics.get(topic.code()));
    }

    /**
     * {@return the label of a topic: its vocabulary label, or its code made readable if it has
     * none}
     *
     * @param topic the topic
     */
    public String label(Topic topic) {
        return topic(topic).map(Term::label).orElseGet(() -> {
            String words = topic.code().replace('-', ' ');
            return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        });
    }

    /**
     * {@return whether the topic is in the vocabulary}
     *
     * @param topic the topic
     */
    public boolean hasTopic(Topic topic) {
        return topics.containsKey(topic.code());
    }

    /**
     * {@return a copy with these topics added (a local catalogue's own topics); existing codes are
     * kept}
     *
     * @param extra the topics to add
     */
    public Vocabularies withTopics(Collection<Term> extra) {
        Map<String, Term> merged = new LinkedHashMap<>(topics);
        extra.forEach(t -> merged.putIfAbsent(Topic.of(t.code()).code(), t));
        return new Vocabularies(version, terms, merged, kindMappings, formatGroups, synonyms);
    }

    /**
     * {@return how a kind maps to schema.org, LRMI and Dublin Core, never null}
     *
     * @param kind the kind
     */
    public KindMapping mapping(Kind kind) {
        return Objects.requireNonNull(kindMappings.get(kind));
    }

    /** {@return the format groups, never null} */
    public List<FormatGroup> formatGroups() {
        return formatGroups;
    }

    /**
     * {@return the group a media type belongs to; a type no group names gets an "other" group
     * labelled by its subtype}
     *
     * @param mediaType a media type such as {@code application/pdf}
     */
    public FormatGroup formatGroup(String mediaType) {
        for (FormatGroup group : formatGroups) {
            if (group.contains(mediaType)) {
                return group;
            }
        }
        String subtype = mediaType.substring(mediaType.indexOf('/') + 1).toUpperCase(Locale.ROOT);
        return new FormatGroup("other", subtype, List.of(mediaType));
    }

    /**
     * {@return the search synonym groups: each group's words and phrases are searched as one
     * another}
     */
    public List<List<String>> synonyms() {
        return synonyms;
    }

    /** {@return all closed-vocabulary terms by value, for writers of the data} */
    public Map<ControlledTerm, Term> terms() {
        return terms;
    }

    /** {@return all kind mappings, for writers of the data} */
    public Map<Kind, KindMapping> kindMappings() {
        return kindMappings;
    }

    @Override
    public String toString() {
        return "Vocabularies[" + version + "]";
    }
}
