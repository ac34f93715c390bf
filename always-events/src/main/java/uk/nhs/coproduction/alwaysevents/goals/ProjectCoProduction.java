package uk.nhs.coproduction.alwaysevents.goals;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Approval;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.PhaseChange;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.TeamMember;

/**
 * The facts of one project that the first national goal reads, under a
 * {@link CoProductionDefinition}: when it started, when a member with lived experience first
 * joined the co-design team in a phase that counts as the very start, and when a design decision
 * was first shared with lived experience. It names no partner.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param project the project's id
 * @param title the project's title
 * @param startedOn when it started
 * @param livedExperienceFromTheStartOn when the first member with lived experience joined in a
 *     phase that counts as the very start, or null if none did
 * @param sharedDecisionOn when a design decision was first shared with lived experience, or null if
 *     none was
 * @param sharedDecision which kind of fact that first shared decision was, or null if none
 * @since 0.1.0
 */
public record ProjectCoProduction(ProjectId project, String title, LocalDate startedOn,
        @Nullable LocalDate livedExperienceFromTheStartOn, @Nullable LocalDate sharedDecisionOn,
        @Nullable SharedDecision sharedDecision) {

    /**
     * Checks the components.
     *
     * @param project the project's id
     * @param title the project's title
     * @param startedOn when it started
     * @param livedExperienceFromTheStartOn when lived experience first joined from the start, or null
     * @param sharedDecisionOn when a decision was first shared, or null
     * @param sharedDecision the kind of that first shared decision, or null exactly when its date is
     */
    public ProjectCoProduction {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startedOn, "startedOn");
        if ((sharedDecisionOn == null) != (sharedDecision == null)) {
            throw new IllegalArgumentException("a shared decision has both a date and a kind, or neither");
        }
    }

    /**
     * {@return the facts of {@code project} under {@code definition}}
     *
     * @param project the project
     * @param definition which facts count
     */
    public static ProjectCoProduction of(AlwaysEventProject project, CoProductionDefinition definition) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(definition, "definition");
        LocalDate fromTheStart = null;
        LocalDate firstLivedExperience = null;
        for (TeamMember member : project.coDesignTeam()) {
            if (!member.hasLivedExperience()) {
                continue;
            }
            firstLivedExperience = earlier(firstLivedExperience, member.joinedOn());
            if (definition.fromTheStartPhases().contains(member.joinedIn())) {
                fromTheStart = earlier(fromTheStart, member.joinedOn());
            }
        }
        LocalDate decidedOn = null;
        SharedDecision kind = null;
        if (definition.sharedDecisions().contains(SharedDecision.VISION_AGREED_WITH_LIVED_EXPERIENCE)
                && project.vision() != null && firstLivedExperience != null
                && !firstLivedExperience.isAfter(project.vision().agreedOn())) {
            decidedOn = project.vision().agreedOn();
            kind = SharedDecision.VISION_AGREED_WITH_LIVED_EXPERIENCE;
        }
        if (definition.sharedDecisions().contains(SharedDecision.APPROVAL_BY_LIVED_EXPERIENCE_DURING_CO_DESIGN)) {
            for (Approval approval : project.approvals()) {
                if (byLivedExperience(project, approval) && duringCoDesign(project.phaseHistory(), approval.approvedOn())
                        && (decidedOn == null || approval.approvedOn().isBefore(decidedOn))) {
                    decidedOn = approval.approvedOn();
                    kind = SharedDecision.APPROVAL_BY_LIVED_EXPERIENCE_DURING_CO_DESIGN;
                }
            }
        }
        return new ProjectCoProduction(project.id(), project.profile().title(), project.profile().startedOn(),
                fromTheStart, decidedOn, kind);
    }

    private static boolean byLivedExperience(AlwaysEventProject project, Approval approval) {
        Optional<TeamMember> member = project.coDesignMember(approval.approvedBy())
                .or(() -> project.oversightMember(approval.approvedBy()));
        return member.isPresent() && member.get().hasLivedExperience();
    }

    /** Whether {@code day} falls in a stretch of the history when the project was in co-design (ends included). */
    private static boolean duringCoDesign(List<PhaseChange> history, LocalDate day) {
        for (int i = 0; i < history.size(); i++) {
            PhaseChange change = history.get(i);
            if (change.to() != Phase.CO_DESIGN || day.isBefore(change.on())) {
                continue;
            }
            LocalDate left = null;
            for (int j = i + 1; j < history.size(); j++) {
                if (history.get(j).from() == Phase.CO_DESIGN) {
                    left = history.get(j).on();
                    break;
                }
            }
            if (left == null || !day.isAfter(left)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate earlier(@Nullable LocalDate known, LocalDate other) {
        return known == null || other.isBefore(known) ? other : known;
    }

    /** {@return when a member with lived experience first joined from the very start, if one did} */
    public Optional<LocalDate> livedExperienceFromTheStart() {
        return Optional.ofNullable(livedExperienceFromTheStartOn);
    }

    /** {@return when a design decision was first shared with lived experience, if one was} */
    public Optional<LocalDate> firstSharedDecision() {
        return Optional.ofNullable(sharedDecisionOn);
    }

    /**
     * {@return the day from which the project counts as co-produced from the very start (the later
     * of the two facts), or empty while either is missing}
     */
    public Optional<LocalDate> coProducedFromTheStartSince() {
        if (livedExperienceFromTheStartOn == null || sharedDecisionOn == null) {
            return Optional.empty();
        }
        return Optional.of(livedExperienceFromTheStartOn.isAfter(sharedDecisionOn) ? livedExperienceFromTheStartOn
                : sharedDecisionOn);
    }

    /**
     * {@return whether, by the end of {@code day}, the project had started and counted as
     * co-produced from the very start}
     *
     * @param day the last day of a period
     */
    public boolean isCoProducedFromTheStartBy(LocalDate day) {
        Optional<LocalDate> since = coProducedFromTheStartSince();
        return !startedOn.isAfter(day) && since.isPresent() && !since.get().isAfter(day);
    }
}
