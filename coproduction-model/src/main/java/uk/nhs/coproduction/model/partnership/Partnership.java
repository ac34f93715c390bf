package uk.nhs.coproduction.model.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.nhs.coproduction.model.internal.Copies;
import uk.nhs.coproduction.model.partner.CommunityProfile;
import uk.nhs.coproduction.model.partner.Partner;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * A co-production initiative: people with lived experience and staff working as partners, with
 * the log of what matters to people (the starting point) and the log of decisions, each with who
 * took part.
 *
 * <p>A partnership can be built up step by step with the {@code with…} methods, so it can hold
 * states that are not yet valid (a new initiative with only staff in it, say). Check it with
 * {@link uk.nhs.coproduction.model.validation.ModelValidator}; its class-level constraints say
 * that it includes at least one person with lived experience and a different person who is
 * staff, that member ids are unique, that everyone named in the logs is a member who had joined
 * by then, and that no decision is dated before the partnership started. Its dates (of decisions,
 * feedback, records of what matters and consent) may not be after today, by the validator's clock.
 * The start date itself may be: a partnership can be set up before it starts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the initiative's name, such as "Calm at night on ward 7"
 * @param startedOn when the initiative started
 * @param members the members, in the order they were added
 * @param whatMatters the records of what matters to people, in the order they were added
 * @param decisions the decisions, in the order they were added
 * @param practices the improvement practices the initiative uses, in declared order
 * @since 0.1.0
 */
@IncludesLivedExperienceAndStaff
@UniqueMemberIds
@ParticipantsAreMembers
@ParticipantsHadJoined
@DecisionsNotBeforeStart
public record Partnership(
        @NotBlank @Size(max = 200) String title,
        LocalDate startedOn,
        @Size(max = 1000) List<@Valid Member> members,
        @Size(max = 10000) List<@Valid WhatMatters> whatMatters,
        @Size(max = 10000) List<@Valid Decision> decisions,
        Set<Practice> practices) {

    /**
     * Copies the lists and set; rejects nulls.
     *
     * @param title the initiative's name, such as "Calm at night on ward 7"
     * @param startedOn when the initiative started
     * @param members the members, in the order they were added
     * @param whatMatters the records of what matters to people, in the order they were added
     * @param decisions the decisions, in the order they were added
     * @param practices the improvement practices the initiative uses, in declared order
     */
    public Partnership {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startedOn, "startedOn");
        members = Copies.list(members, "members");
        whatMatters = Copies.list(whatMatters, "whatMatters");
        decisions = Copies.list(decisions, "decisions");
        practices = Copies.enumSet(Practice.class, practices, "practices");
    }

    /**
     * {@return a new initiative with no members, records or decisions yet}
     *
     * @param title the initiative's name, such as "Calm at night on ward 7"
     * @param startedOn when the initiative started
     */
    public static Partnership started(String title, LocalDate startedOn) {
        return new Partnership(title, startedOn, List.of(), List.of(), List.of(), Set.of());
    }

    /**
     * {@return a copy with {@code member} added}
     *
     * @param member the member to add
     */
    public Partnership withMember(Member member) {
        return new Partnership(title, startedOn, Copies.append(members, member), whatMatters, decisions, practices);
    }

    /**
     * {@return a copy in which the member with {@code member}'s id is replaced by it, or added if
     * absent}
     *
     * @param member the member's new record
     */
    public Partnership withMemberReplaced(Member member) {
        List<Member> copy = new ArrayList<>(members.size() + 1);
        boolean replaced = false;
        for (Member existing : members) {
            if (!replaced && existing.id().equals(member.id())) {
                copy.add(member);
                replaced = true;
            } else {
                copy.add(existing);
            }
        }
        if (!replaced) {
            copy.add(member);
        }
        return new Partnership(title, startedOn, copy, whatMatters, decisions, practices);
    }

    /**
     * {@return a copy with {@code record} added to the log of what matters}
     *
     * @param record the record of what matters to add
     */
    public Partnership withWhatMatters(WhatMatters record) {
        return new Partnership(title, startedOn, members, Copies.append(whatMatters, record), decisions, practices);
    }

    /**
     * {@return a copy with {@code decision} added to the log of decisions}
     *
     * @param decision the decision to add
     */
    public Partnership withDecision(Decision decision) {
        return new Partnership(title, startedOn, members, whatMatters, Copies.append(decisions, decision), practices);
    }

    /**
     * {@return a copy that also uses {@code practice}}
     *
     * @param practice the practice the partnership also uses
     */
    public Partnership withPractice(Practice practice) {
        EnumSet<Practice> more = EnumSet.noneOf(Practice.class);
        more.addAll(practices);
        more.add(practice);
        return new Partnership(title, startedOn, members, whatMatters, decisions, more);
    }

    /**
     * {@return the member with this id, if there is one (the first, if ids are not unique)}
     *
     * @param id the member's pseudonymous id
     */
    public Optional<Member> member(PartnerId id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** {@return the partners, in member order} */
    public List<Partner> partners() {
        return members.stream().map(Member::partner).toList();
    }

    /** {@return the members with lived experience, in member order} */
    public List<Member> livedExperienceMembers() {
        return members.stream().filter(Member::hasLivedExperience).toList();
    }

    /** {@return the members who are staff, in member order} */
    public List<Member> staffMembers() {
        return members.stream().filter(Member::isStaff).toList();
    }

    /**
     * {@return whether the partnership includes at least one person with lived experience and a
     * different person who is staff. (One person who is both a carer and staff is not a
     * partnership.) This is the rule that both {@link IncludesLivedExperienceAndStaff} and the
     * health check apply}
     */
    public boolean includesLivedExperienceAndStaff() {
        List<Member> livedExperience = livedExperienceMembers();
        List<Member> staff = staffMembers();
        if (livedExperience.isEmpty() || staff.isEmpty()) {
            return false;
        }
        boolean onlyOnePersonInBoth = livedExperience.size() == 1 && staff.size() == 1
                && livedExperience.get(0).id().equals(staff.get(0).id());
        return !onlyOnePersonInBoth;
    }

    /**
     * {@return the participants of {@code decision} who are members with lived experience, sorted
     * by id}
     *
     * @param decision a decision from this partnership's log
     */
    public List<PartnerId> livedExperienceParticipants(Decision decision) {
        return decision.participants().stream()
                .filter(id -> member(id).map(Member::hasLivedExperience).orElse(false))
                .toList();
    }

    /**
     * {@return the participants of {@code decision} who are members of staff, sorted by id}
     *
     * @param decision a decision from this partnership's log
     */
    public List<PartnerId> staffParticipants(Decision decision) {
        return decision.participants().stream()
                .filter(id -> member(id).map(Member::isStaff).orElse(false))
                .toList();
    }

    /**
     * {@return whether people with lived experience and staff both took part in {@code decision}}
     *
     * @param decision a decision from this partnership's log
     */
    public boolean tookPartTogether(Decision decision) {
        return !livedExperienceParticipants(decision).isEmpty() && !staffParticipants(decision).isEmpty();
    }

    /**
     * {@return whether {@code record} gives the voice of people who use services: its source is
     * their feedback, or a member with lived experience said it}
     *
     * @param record a record from this partnership's log of what matters
     */
    public boolean isVoiceOfLivedExperience(WhatMatters record) {
        return record.source().isVoiceOfPeopleWhoUseServices()
                || record.voicedBy().stream().anyMatch(id -> member(id).map(Member::hasLivedExperience).orElse(false));
    }

    /**
     * {@return the decisions taken at {@code stage}, in log order}
     *
     * @param stage the stage of the Co-Production Model
     */
    public List<Decision> decisionsAt(Stage stage) {
        return decisions.stream().filter(d -> d.stage() == stage).toList();
    }

    /** {@return the members' community information, in aggregate only} */
    public CommunityProfile communityProfile() {
        return CommunityProfile.of(partners());
    }
}
