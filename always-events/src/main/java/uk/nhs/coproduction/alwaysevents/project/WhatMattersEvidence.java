package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partnership.WhatMatters;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * Evidence of what matters to people who use the service, gathered while understanding what
 * matters: a summary in their words, where it came from, and how many people were heard.
 *
 * <p>The summary is never shown by {@link #toString()}: it may quote people. This record is
 * immutable and thread-safe.
 *
 * @param source where it came from
 * @param summary what matters, in people's own words where possible, never blank
 * @param peopleHeard how many people it comes from (0 when not known)
 * @param voicedBy the co-design team members who said it, when the source is
 *     {@link WhatMattersSource#PARTNERS}
 * @param gatheredOn when it was gathered
 * @since 0.1.0
 */
public record WhatMattersEvidence(WhatMattersSource source, String summary, int peopleHeard, Set<PartnerId> voicedBy,
        LocalDate gatheredOn) {

    /**
     * Checks the components and copies the ids.
     *
     * @param source where it came from
     * @param summary what matters, in people's own words where possible, never blank
     * @param peopleHeard how many people it comes from (0 when not known)
     * @param voicedBy the co-design team members who said it, when the source is {@link
     *     WhatMattersSource#PARTNERS}
     * @param gatheredOn when it was gathered
     */
    public WhatMattersEvidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(gatheredOn, "gatheredOn");
        if (summary.isBlank()) {
            throw new IllegalArgumentException("evidence of what matters needs a summary");
        }
        if (peopleHeard < 0) {
            throw new IllegalArgumentException("the number of people heard cannot be negative");
        }
        voicedBy = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(voicedBy, "voicedBy")));
    }

    /**
     * {@return whether this evidence is the voice of people who use the service: true for surveys,
     * Friends and Family Test comments, complaints and compliments, conversations, listening events
     * and workshops; for what the co-design team said ({@link WhatMattersSource#PARTNERS}), only
     * when {@code saidByLivedExperience} (a member with lived experience said it); never for
     * staff's view}
     *
     * @param saidByLivedExperience whether a member of the team with lived experience said it
     */
    public boolean isVoiceOfPeopleWhoUseTheService(boolean saidByLivedExperience) {
        return source == WhatMattersSource.PARTNERS ? saidByLivedExperience : source.isVoiceOfPeopleWhoUseServices();
    }

    /** {@return the same evidence as the co-production model's record of what matters} */
    public WhatMatters toWhatMatters() {
        return new WhatMatters(gatheredOn, summary, source, voicedBy);
    }

    /** Shows the source, the date and how many were heard; the summary is left out. */
    @Override
    public String toString() {
        return "WhatMattersEvidence[source=" + source + ", gatheredOn=" + gatheredOn + ", peopleHeard=" + peopleHeard
                + ", voicedBy=" + voicedBy + ", summary=<" + summary.length() + " characters>]";
    }
}
