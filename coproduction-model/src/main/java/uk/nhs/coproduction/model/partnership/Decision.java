package uk.nhs.coproduction.model.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * A decision the partnership took: when, at which stage, what was decided, how, who took part,
 * and when people were told how their involvement shaped it.
 *
 * <p>Neither date may be after today ({@link jakarta.validation.constraints.PastOrPresent}, with
 * "today" from the {@link uk.nhs.coproduction.model.validation.ModelValidator}'s clock): a decision
 * is recorded once it has been taken, and feedback once it has been given, so a date in the future
 * is a mistake in the record, not a fact to judge. The partnership also checks that no decision is
 * dated before it started ({@link DecisionsNotBeforeStart}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param decidedOn when the decision was taken
 * @param stage the stage of the initiative
 * @param summary what was decided, in a sentence
 * @param how how the decision was made
 * @param participants the members who took part, sorted by id; must not be empty
 * @param fedBackOn when the partners (and the people whose views were gathered) were told what
 *     was decided and how their involvement shaped it, or null if not yet
 * @since 0.1.0
 */
@FeedbackNotBeforeDecision
public record Decision(
        @PastOrPresent LocalDate decidedOn,
        Stage stage,
        @NotBlank @Size(max = 500) String summary,
        DecisionMaking how,
        @NotEmpty Set<PartnerId> participants,
        @Nullable @PastOrPresent LocalDate fedBackOn) {

    /**
     * Copies and sorts the participants; rejects nulls other than the feedback date.
     *
     * @param decidedOn when the decision was taken
     * @param stage the stage of the initiative
     * @param summary what was decided, in a sentence
     * @param how how the decision was made
     * @param participants the members who took part, sorted by id; must not be empty
     * @param fedBackOn when the partners (and the people whose views were gathered) were told what
     *     was decided and how their involvement shaped it, or null if not yet
     */
    public Decision {
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(how, "how");
        participants = WhatMatters.sorted(participants, "participants");
    }

    /**
     * {@return a decision with no feedback given yet}
     *
     * @param decidedOn when the decision was taken
     * @param stage the stage of the initiative
     * @param summary what was decided, in a sentence
     * @param how how the decision was made
     * @param participants the members who took part, sorted by id; must not be empty
     */
    public static Decision of(LocalDate decidedOn, Stage stage, String summary, DecisionMaking how,
            Set<PartnerId> participants) {
        return new Decision(decidedOn, stage, summary, how, participants, null);
    }

    /**
     * {@return a copy recording that feedback was given on {@code date}}
     *
     * @param date the day feedback was given to the people who took part
     */
    public Decision withFeedbackOn(LocalDate date) {
        return new Decision(decidedOn, stage, summary, how, participants, Objects.requireNonNull(date, "date"));
    }

    /**
     * {@return a copy with {@code participant} added}
     *
     * @param participant the partner who also took part
     */
    public Decision withParticipant(PartnerId participant) {
        var more = new java.util.TreeSet<>(participants);
        more.add(participant);
        return new Decision(decidedOn, stage, summary, how, more, fedBackOn);
    }

    /** {@return whether people were told what was decided and how their involvement shaped it} */
    public boolean wasFedBack() {
        return fedBackOn != null;
    }
}
