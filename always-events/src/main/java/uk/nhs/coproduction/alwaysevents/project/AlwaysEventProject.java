package uk.nhs.coproduction.alwaysevents.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.driver.DriverDiagram;
import uk.nhs.coproduction.alwaysevents.impact.ImpactLogEntry;
import uk.nhs.coproduction.alwaysevents.internal.PersistentList;
import uk.nhs.coproduction.alwaysevents.measurement.Reliability;
import uk.nhs.coproduction.alwaysevents.measurement.Series;
import uk.nhs.coproduction.alwaysevents.measurement.SustainRule;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScale;
import uk.nhs.coproduction.alwaysevents.progress.ProgressSuggestion;
import uk.nhs.coproduction.alwaysevents.statement.AimStatement;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.alwaysevents.statement.CriterionAssessment;
import uk.nhs.coproduction.alwaysevents.statement.VisionStatement;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * An Always Events&reg; project: the aggregate, rebuilt from its events. It holds the executive
 * sponsor, the oversight group, the co-design team (partners and roles from the co-production
 * model, with when each joined), the evidence of what matters, the Always Event (vision, aim and
 * the four criteria), the driver diagram, PDSA cycles, measurements, spread and scale-up sites
 * with their own measurements, the process and balancing measures with their values, sustain reviews, the progress score's history, the "you said, we
 * did" impact log, approvals and the phase history.
 *
 * <h2>Events in, state out</h2>
 * {@link #evolve(AlwaysEventProject, RecordedEvent)} is a pure function from the state and an
 * event to the next state; {@link #replay(List)} folds a whole log. Lists share structure, so
 * evolving adds to the end of a list in O(1) and replaying n events costs O(n).
 *
 * <p>The project is the state the layers above look at: the workflow's guards judge it, and the
 * decider in {@code uk.nhs.coproduction.alwaysevents.command} decides commands against it.
 * It knows neither of them, so it can be read, stored and replayed on its own.
 *
 * <pre>{@code
 * CommandResult result = Decider.decide(project,
 *         new TakeTransitionCommand("understand-what-matters", LocalDate.now()), definition);
 * List<TransitionOption> next = definition.availableTransitions(project);
 * }</pre>
 *
 * <p>Most applications use {@code AlwaysEventProjects}, which validates commands, checks the
 * expected version, records events in a store and notifies listeners.
 *
 * <p>This record is immutable and thread-safe. Its canonical constructor exists to restore
 * snapshots; build projects by replaying events.
 *
 * @param id the project's id
 * @param version how many events it was built from
 * @param profile what it is about
 * @param phase its phase
 * @param status active, paused or closed
 * @param statusReason why it is paused or closed; null when active
 * @param sponsor the executive sponsor, or null before one is appointed
 * @param oversightGroup the oversight group
 * @param coDesignTeam the co-design team
 * @param whatMatters evidence of what matters to people who use the service
 * @param vision the vision statement, or null
 * @param aim the aim statement, or null
 * @param criteria the latest assessment of each criterion assessed so far
 * @param driverDiagram the driver diagram
 * @param pdsaCycles the PDSA cycles, by number
 * @param measurements the home unit's measurements, one per period, in time order
 * @param spreadSites the units and organisations that took the Always Event up
 * @param siteMeasurements their measurements, in the order recorded
 * @param sustainReviews the sustain reviews
 * @param progressHistory every change of the progress score, oldest first
 * @param impactLog the "you said, we did" entries, by number
 * @param approvals the approvals recorded
 * @param phaseHistory every change of phase, oldest first
 * @param measures the process and balancing measures, in the order defined, each with its values
 * @since 0.1.0
 */
public record AlwaysEventProject(
        ProjectId id,
        long version,
        ProjectProfile profile,
        Phase phase,
        ProjectStatus status,
        @Nullable String statusReason,
        @Nullable ExecutiveSponsor sponsor,
        List<TeamMember> oversightGroup,
        List<TeamMember> coDesignTeam,
        List<WhatMattersEvidence> whatMatters,
        @Nullable VisionStatement vision,
        @Nullable AimStatement aim,
        List<CriterionAssessment> criteria,
        DriverDiagram driverDiagram,
        List<PdsaCycle> pdsaCycles,
        List<Measurement> measurements,
        List<SpreadSite> spreadSites,
        List<SiteMeasurement> siteMeasurements,
        List<SustainReview> sustainReviews,
        List<ProgressScoreChange> progressHistory,
        List<ImpactLogEntry> impactLog,
        List<Approval> approvals,
        List<PhaseChange> phaseHistory,
        List<Measure> measures) {

    /**
     * Checks the components; lists are shared when already persistent, copied otherwise.
     *
     * @param id the project's id
     * @param version how many events it was built from
     * @param profile what it is about
     * @param phase its phase
     * @param status active, paused or closed
     * @param statusReason why it is paused or closed; null when active
     * @param sponsor the executive sponsor, or null before one is appointed
     * @param oversightGroup the oversight group
     * @param coDesignTeam the co-design team
     * @param whatMatters evidence of what matters to people who use the service
     * @param vision the vision statement, or null
     * @param aim the aim statement, or null
     * @param criteria the latest assessment of each criterion assessed so far
     * @param driverDiagram the driver diagram
     * @param pdsaCycles the PDSA cycles, by number
     * @param measurements the home unit's measurements, one per period, in time order
     * @param spreadSites the units and organisations that took the Always Event up
     * @param siteMeasurements their measurements, in the order recorded
     * @param sustainReviews the sustain reviews
     * @param progressHistory every change of the progress score, oldest first
     * @param impactLog the "you said, we did" entries, by number
     * @param approvals the approvals recorded
     * @param phaseHistory every change of phase, oldest first
     * @param measures the process and balancing measures, in the order defined, each with its values
     */
    public AlwaysEventProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(driverDiagram, "driverDiagram");
        if (version < 1) {
            throw new IllegalArgumentException("a project exists from its first event: version " + version);
        }
        if ((status == ProjectStatus.ACTIVE) != (statusReason == null)) {
            throw new IllegalArgumentException("a paused or closed project has a reason; an active one has none");
        }
        oversightGroup = PersistentList.copyOf(oversightGroup);
        coDesignTeam = PersistentList.copyOf(coDesignTeam);
        whatMatters = PersistentList.copyOf(whatMatters);
        criteria = PersistentList.copyOf(criteria);
        pdsaCycles = PersistentList.copyOf(pdsaCycles);
        measurements = PersistentList.copyOf(measurements);
        spreadSites = PersistentList.copyOf(spreadSites);
        siteMeasurements = PersistentList.copyOf(siteMeasurements);
        sustainReviews = PersistentList.copyOf(sustainReviews);
        progressHistory = PersistentList.copyOf(progressHistory);
        impactLog = PersistentList.copyOf(impactLog);
        approvals = PersistentList.copyOf(approvals);
        phaseHistory = PersistentList.copyOf(phaseHistory);
        measures = PersistentList.copyOf(measures);
    }

    /**
     * {@return the state after {@code event}: {@code state} is null for the project's first event}
     *
     * @param state the state before the event, or null before the project's first event
     * @param event the next event of the project's log
     * @throws IllegalArgumentException if the event does not follow the state (another project,
     *     a version that is not the next one, or a first event that does not start the project)
     */
    public static AlwaysEventProject evolve(@Nullable AlwaysEventProject state, RecordedEvent event) {
        if (state != null && event.version() == state.version + 1 && state.id.equals(event.projectId())) {
            // The two events a live project records most often are applied straight to a copy of
            // the record, without a draft; replay applies them through the draft, and the
            // properties check that both give the same project.
            if (event.event() instanceof PhaseChangedEvent change) {
                return state.next(event.version(), change.to(),
                        ((PersistentList<PhaseChange>) state.phaseHistory).plus(PhaseChange.recorded(change, event.version())),
                        state.measurements);
            }
            if (event.event() instanceof MeasurementRecordedEvent measured) {
                return state.next(event.version(), state.phase, state.phaseHistory,
                        ((PersistentList<Measurement>) state.measurements).plus(measured.measurement()));
            }
        }
        Draft draft = state == null ? new Draft() : new Draft(state);
        draft.apply(event);
        return draft.build();
    }

    private AlwaysEventProject next(long nextVersion, Phase nextPhase, List<PhaseChange> nextPhaseHistory,
            List<Measurement> nextMeasurements) {
        return new AlwaysEventProject(id, nextVersion, profile, nextPhase, status, statusReason, sponsor, oversightGroup,
                coDesignTeam, whatMatters, vision, aim, criteria, driverDiagram, pdsaCycles, nextMeasurements, spreadSites,
                siteMeasurements, sustainReviews, progressHistory, impactLog, approvals, nextPhaseHistory, measures);
    }

    /**
     * {@return the project rebuilt from its whole log, or empty for an empty log. O(n) in the
     * number of events: one draft is evolved and built once}
     *
     * @param events the project's whole log, in version order
     * @throws IllegalArgumentException if the events are not one project's log in order
     */
    public static Optional<AlwaysEventProject> replay(List<RecordedEvent> events) {
        return replay(null, events);
    }

    /**
     * {@return the project rebuilt from a snapshot ({@code state}, or null for none) and the events
     * after it}
     *
     * @param state the snapshot to start from, or null to start from nothing
     * @param events the events recorded after the snapshot, in version order
     * @throws IllegalArgumentException if the events do not follow the snapshot in order
     */
    public static Optional<AlwaysEventProject> replay(@Nullable AlwaysEventProject state, List<RecordedEvent> events) {
        if (events.isEmpty()) {
            return Optional.ofNullable(state);
        }
        Draft draft = state == null ? new Draft() : new Draft(state);
        for (int i = 0; i < events.size(); i++) {
            draft.apply(events.get(i));
        }
        return Optional.of(draft.build());
    }

    /** {@return whether work is going ahead (not paused or closed)} */
    public boolean isActive() {
        return status == ProjectStatus.ACTIVE;
    }

    /**
     * {@return the co-design team member with this id}
     *
     * @param partner the member's pseudonymous id
     */
    public Optional<TeamMember> coDesignMember(PartnerId partner) {
        for (TeamMember member : coDesignTeam) {
            if (member.id().equals(partner)) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the oversight group member with this id}
     *
     * @param partner the member's pseudonymous id
     */
    public Optional<TeamMember> oversightMember(PartnerId partner) {
        return oversightGroup.stream().filter(m -> m.id().equals(partner)).findFirst();
    }

    /**
     * {@return the latest assessment of {@code criterion}}
     *
     * @param criterion one of the four criteria
     */
    public Optional<CriterionAssessment> criterion(Criterion criterion) {
        return criteria.stream().filter(a -> a.criterion() == criterion).findFirst();
    }

    /**
     * {@return the PDSA cycle with this number}
     *
     * @param number the cycle's number, from 1
     */
    public Optional<PdsaCycle> pdsaCycle(int number) {
        return number >= 1 && number <= pdsaCycles.size() ? Optional.of(pdsaCycles.get(number - 1)) : Optional.empty();
    }

    /**
     * {@return the home unit's measurement for {@code period}}
     *
     * @param period the period's label, such as {@code 2024-03}
     */
    public Optional<Measurement> measurement(String period) {
        return measurements.stream().filter(m -> m.period().equals(period)).findFirst();
    }

    /**
     * {@return the process or balancing measure with this id}
     *
     * @param measureId the measure's id, such as {@code call-answered}
     */
    public Optional<Measure> measure(String measureId) {
        for (Measure measure : measures) {
            if (measure.id().equals(measureId)) {
                return Optional.of(measure);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the spread or scale-up site with this id}
     *
     * @param siteId the site's id
     */
    public Optional<SpreadSite> spreadSite(String siteId) {
        return spreadSites.stream().filter(s -> s.siteId().equals(siteId)).findFirst();
    }

    /**
     * {@return the measurements of one site, in the order recorded}
     *
     * @param siteId the site's id
     */
    public List<Measurement> siteMeasurements(String siteId) {
        return siteMeasurements.stream().filter(m -> m.siteId().equals(siteId)).map(SiteMeasurement::measurement).toList();
    }

    /**
     * {@return the "you said, we did" entry with this number}
     *
     * @param number the entry's number, from 1
     */
    public Optional<ImpactLogEntry> impactEntry(int number) {
        return number >= 1 && number <= impactLog.size() ? Optional.of(impactLog.get(number - 1)) : Optional.empty();
    }

    /** {@return the current progress score, with who set it and why; empty until one is set} */
    public Optional<ProgressScoreChange> progressScore() {
        return progressHistory.isEmpty() ? Optional.empty() : Optional.of(progressHistory.get(progressHistory.size() - 1));
    }

    /**
     * {@return a score on {@code scale} suggested from this project's facts (team, evidence, PDSA
     * cycles, reliability, spread), with the facts that support it. It is a starting point for the
     * team's own judgement: a person sets the score, with a rationale, and every change is kept}
     *
     * @param scale the progress scale to suggest a score on
     */
    public ProgressSuggestion suggestProgress(ProgressScale scale) {
        return ProgressRules.suggest(this, scale);
    }

    /**
     * {@return the home unit's measurements as a series of counts for the measurement package;
     * empty without measurements}
     */
    public Optional<Series> series() {
        return seriesOf(measurements);
    }

    /**
     * {@return the reliability of the Always Event at the home unit against the aim, with
     * sustainment judged by {@code rule}; empty without an aim or measurements}
     *
     * @param rule how sustainment is judged
     */
    public Optional<Reliability> reliability(SustainRule rule) {
        if (aim == null) {
            return Optional.empty();
        }
        return series().flatMap(counts -> Reliability.assess(counts, aim.reliabilityAim(), rule).accepted());
    }

    /**
     * {@return the reliability with the measurement package's standard sustain rule (the latest 6
     * periods at the aim)}
     */
    public Optional<Reliability> reliability() {
        return reliability(SustainRule.standard());
    }

    /**
     * {@return the reliability at one spread or scale-up site against the project's aim}
     *
     * @param siteId the site's id
     * @param rule how sustainment is judged
     */
    public Optional<Reliability> siteReliability(String siteId, SustainRule rule) {
        if (aim == null) {
            return Optional.empty();
        }
        return seriesOf(siteMeasurements(siteId))
                .flatMap(counts -> Reliability.assess(counts, aim.reliabilityAim(), rule).accepted());
    }

    /** Shows the id, version, phase and status; nothing personal. */
    @Override
    public String toString() {
        return "AlwaysEventProject[" + id + " v" + version + ", " + phase + ", " + status + ", " + coDesignTeam.size()
                + " in the co-design team, " + pdsaCycles.size() + " PDSA cycles, " + measurements.size() + " measurements, "
                + measures.size() + " other measures]";
    }

    private static Optional<Series> seriesOf(List<Measurement> list) {
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Series.Builder builder = Series.counts();
        for (Measurement measurement : list) {
            builder.add(measurement.period(), measurement.numerator(), measurement.denominator());
        }
        return builder.build().accepted();
    }
}
