package uk.nhs.coproduction.alwaysevents.workflow;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The words of a workflow definition, as versioned data: a description template for each kind of
 * guard and a message template for each reason code. Templates name facts in braces, such as
 * "{share} of the team have lived experience", and are filled from the facts a guard gives.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Wording {

    private final SortedMap<String, String> guards;
    private final SortedMap<String, String> reasons;

    private Wording(SortedMap<String, String> guards, SortedMap<String, String> reasons) {
        this.guards = guards;
        this.reasons = reasons;
    }

    /**
     * {@return wording with these guard descriptions (by kind) and reason messages (by code)}
     *
     * @param guardDescriptions descriptions of guards, by kind
     * @param reasonMessages messages of reasons, by code
     */
    public static Wording of(Map<String, String> guardDescriptions, Map<String, String> reasonMessages) {
        return new Wording(Collections.unmodifiableSortedMap(new TreeMap<>(guardDescriptions)),
                Collections.unmodifiableSortedMap(new TreeMap<>(reasonMessages)));
    }

    /**
     * {@return this wording with more (or replaced) guard descriptions and reason messages}
     *
     * @param guardDescriptions descriptions of guards, by kind
     * @param reasonMessages messages of reasons, by code
     */
    public Wording with(Map<String, String> guardDescriptions, Map<String, String> reasonMessages) {
        TreeMap<String, String> moreGuards = new TreeMap<>(guards);
        moreGuards.putAll(guardDescriptions);
        TreeMap<String, String> moreReasons = new TreeMap<>(reasons);
        moreReasons.putAll(reasonMessages);
        return new Wording(Collections.unmodifiableSortedMap(moreGuards), Collections.unmodifiableSortedMap(moreReasons));
    }

    /** {@return guard description templates, by kind} */
    public SortedMap<String, String> guardDescriptions() {
        return guards;
    }

    /** {@return reason message templates, by code} */
    public SortedMap<String, String> reasonMessages() {
        return reasons;
    }

    /**
     * {@return the reason {@code code} with these facts, its message filled from the facts}
     *
     * @param code the reason's code
     * @param facts the facts the guard looked at
     * @throws IllegalStateException if the wording has no message for {@code code}
     */
    public Reason reason(String code, Fact... facts) {
        String template = reasons.get(code);
        if (template == null) {
            throw new IllegalStateException("the workflow definition has no wording for reason " + code);
        }
        List<Fact> list = List.of(facts);
        return new Reason(code, fill(template, list), list);
    }

    /**
     * {@return the description of a guard of kind {@code kind}, filled from these facts (its
     * effective parameters, such as {@code minimumShare = 40%})}
     *
     * @param kind the guard's kind
     * @param facts the guard's effective parameters
     * @throws IllegalStateException if the wording has no description for the kind
     */
    public String describe(String kind, Fact... facts) {
        String template = guards.get(kind);
        if (template == null) {
            throw new IllegalStateException("the workflow definition has no wording for guard " + kind);
        }
        return fill(template, List.of(facts));
    }

    /**
     * {@return whether there is a message for {@code code}}
     *
     * @param code a reason code
     */
    public boolean hasReason(String code) {
        return reasons.containsKey(code);
    }

    /** Replaces each {name} in {@code template} with the value of the fact of that name. */
    static String fill(String template, List<Fact> facts) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder text = new StringBuilder(template.length() + 32);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                text.append(template, at, template.length());
                break;
            }
            text.append(template, at, open);
            String name = template.substring(open + 1, close);
            String value = null;
            for (Fact fact : facts) {
                if (fact.name().equals(name)) {
                    value = fact.value();
                    break;
                }
            }
            text.append(value != null ? value : template.substring(open, close + 1));
            at = close + 1;
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Wording that && guards.equals(that.guards) && reasons.equals(that.reasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(guards, reasons);
    }

    @Override
    public String toString() {
        return "Wording[" + guards.size() + " guards, " + reasons.size() + " reasons]";
    }
}
