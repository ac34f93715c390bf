package uk.nhs.coproduction.model.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * A record of what matters to people, in their own words: the starting point of co-production
 * ("what matters to you?", not only "what's the matter?").
 *
 * <p>It may not be dated after today ({@link jakarta.validation.constraints.PastOrPresent}, with
 * "today" from the {@link uk.nhs.coproduction.model.validation.ModelValidator}'s clock), since
 * nobody can record tomorrow what people said. It may be dated before the partnership started:
 * existing feedback, such as surveys and complaints, often comes first.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param recordedOn when it was recorded
 * @param statement what matters, in people's own words
 * @param source where it came from
 * @param voicedBy the members who said it, sorted by id; must not be empty when the source is
 *     {@link WhatMattersSource#PARTNERS}
 * @since 0.1.0
 */
@AttributedWhenSaidByPartners
public record WhatMatters(
        @PastOrPresent LocalDate recordedOn,
        @NotBlank @Size(max = 2000) String statement,
        WhatMattersSource source,
        Set<PartnerId> voicedBy) {

    /**
     * Copies and sorts the ids; rejects nulls.
     *
     * @param recordedOn when it was recorded
     * @param statement what matters, in people's own words
     * @param source where it came from
     * @param voicedBy the members who said it, sorted by id; must not be empty when the source is
     *     {@link WhatMattersSource#PARTNERS}
     */
    public WhatMatters {
        Objects.requireNonNull(recordedOn, "recordedOn");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(source, "source");
        voicedBy = sorted(voicedBy, "voicedBy");
    }

    /**
     * {@return what these members said matters, recorded on {@code recordedOn}}
     *
     * @param recordedOn when it was recorded
     * @param statement what matters, in people's own words
     * @param voicedBy the members who said it, sorted by id; must not be empty when the source is
     *     {@link WhatMattersSource#PARTNERS}
     */
    public static WhatMatters saidBy(LocalDate recordedOn, String statement, Set<PartnerId> voicedBy) {
        return new WhatMatters(recordedOn, statement, WhatMattersSource.PARTNERS, voicedBy);
    }

    /**
     * {@return what matters according to {@code source}, with nobody in the partnership named}
     *
     * @param recordedOn when it was recorded
     * @param statement what matters, in people's own words
     * @param source where it came from
     */
    public static WhatMatters from(LocalDate recordedOn, String statement, WhatMattersSource source) {
        return new WhatMatters(recordedOn, statement, source, Set.of());
    }

    /** Shows the date, source and who said it; the statement is left out, as it may be sensitive. */
    @Override
    public String toString() {
        return "WhatMatters[recordedOn=" + recordedOn + ", source=" + source + ", voicedBy=" + voicedBy
                + ", statement=<" + statement.length() + " characters>]";
    }

    static SortedSet<PartnerId> sorted(Collection<PartnerId> ids, String field) {
        Objects.requireNonNull(ids, field);
        TreeSet<PartnerId> copy = new TreeSet<>();
        for (PartnerId id : ids) {
            copy.add(Objects.requireNonNull(id, () -> field + " must not contain null"));
        }
        return Collections.unmodifiableSortedSet(copy);
    }
}
