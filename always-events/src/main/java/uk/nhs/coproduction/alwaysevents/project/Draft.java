package uk.nhs.coproduction.alwaysevents.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.driver.DriverDiagram;
import uk.nhs.coproduction.alwaysevents.impact.ImpactLogEntry;
import uk.nhs.coproduction.alwaysevents.internal.PersistentList;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.statement.AimStatement;
import uk.nhs.coproduction.alwaysevents.statement.CriterionAssessment;
import uk.nhs.coproduction.alwaysevents.statement.VisionStatement;

/**
 * The one place events change a project: a private mutable copy of the state that events are
 * applied to, then built into an immutable {@link AlwaysEventProject}. Live evolution applies
 * one event to a draft of the current state; replay applies a whole log to one draft and builds
 * once. Both run the same code, so replay equals live evolution (the property tests prove it).
 *
 * <p>Lists are persistent: applying an event adds to the end of a list in O(1) amortised, and
 * the lists of earlier states are never changed. Not thread-safe; never shared.
 */
final class Draft {

    private @Nullable ProjectId id;
    private long version;
    private @Nullable ProjectProfile profile;
    private Phase phase = Phase.SET_UP_AND_OVERSIGHT;
    private ProjectStatus status = ProjectStatus.ACTIVE;
    private @Nullable String statusReason;
    private @Nullable ExecutiveSponsor sponsor;
    private PersistentList<TeamMember> oversightGroup = PersistentList.empty();
    private PersistentList<TeamMember> coDesignTeam = PersistentList.empty();
    private PersistentList<WhatMattersEvidence> whatMatters = PersistentList.empty();
    private @Nullable VisionStatement vision;
    private @Nullable AimStatement aim;
    private PersistentList<CriterionAssessment> criteria = PersistentList.empty();
    private DriverDiagram driverDiagram = DriverDiagram.empty();
    private Editable<PdsaCycle> pdsaCycles = new Editable<>(PersistentList.empty());
    private Editable<Measurement> measurements = new Editable<>(PersistentList.empty());
    private @Nullable Map<String, Integer> periodIndex;
    private PersistentList<SpreadSite> spreadSites = PersistentList.empty();
    private PersistentList<SiteMeasurement> siteMeasurements = PersistentList.empty();
    private PersistentList<SustainReview> sustainReviews = PersistentList.empty();
    private PersistentList<ProgressScoreChange> progressHistory = PersistentList.empty();
    private Editable<ImpactLogEntry> impactLog = new Editable<>(PersistentList.empty());
    private PersistentList<Approval> approvals = PersistentList.empty();
    private PersistentList<PhaseChange> phaseHistory = PersistentList.empty();
    private Editable<Measure> measures = new Editable<>(PersistentList.empty());
    private final Evolution evolution = new Evolution();
    /** The event being applied, for the handlers that need its envelope (the actor). */
    private @Nullable RecordedEvent applying;

    /** A draft of a project that has not started. */
    Draft() {
    }

    /** A draft of {@code state}. */
    Draft(AlwaysEventProject state) {
        id = state.id();
        version = state.version();
        profile = state.profile();
        phase = state.phase();
        status = state.status();
        statusReason = state.statusReason();
        sponsor = state.sponsor();
        oversightGroup = PersistentList.copyOf(state.oversightGroup());
        coDesignTeam = PersistentList.copyOf(state.coDesignTeam());
        whatMatters = PersistentList.copyOf(state.whatMatters());
        vision = state.vision();
        aim = state.aim();
        criteria = PersistentList.copyOf(state.criteria());
        driverDiagram = state.driverDiagram();
        pdsaCycles = new Editable<>(state.pdsaCycles());
        measurements = new Editable<>(state.measurements());
        spreadSites = PersistentList.copyOf(state.spreadSites());
        siteMeasurements = PersistentList.copyOf(state.siteMeasurements());
        sustainReviews = PersistentList.copyOf(state.sustainReviews());
        progressHistory = PersistentList.copyOf(state.progressHistory());
        impactLog = new Editable<>(state.impactLog());
        approvals = PersistentList.copyOf(state.approvals());
        phaseHistory = PersistentList.copyOf(state.phaseHistory());
        measures = new Editable<>(state.measures());
    }

    /**
     * Applies one event.
     *
     * @throws IllegalArgumentException if the event does not follow the draft
     */
    void apply(RecordedEvent recorded) {
        ProjectEvent event = recorded.event();
        if (id == null || !id.equals(recorded.projectId()) || recorded.version() != version + 1
                || event instanceof ProjectStartedEvent) {
            checkFirstOrRefuse(recorded);
        }
        version = recorded.version();
        applying = recorded;
        event.accept(evolution);
    }

    /** Accepts the project's first event, or says why {@code recorded} does not follow the draft. */
    private void checkFirstOrRefuse(RecordedEvent recorded) {
        if (id == null) {
            if (!(recorded.event() instanceof ProjectStartedEvent) || recorded.version() != 1) {
                throw new IllegalArgumentException("a project's log starts with ProjectStartedEvent at version 1, not "
                        + recorded);
            }
            id = recorded.projectId();
        } else if (!id.equals(recorded.projectId())) {
            throw new IllegalArgumentException("event " + recorded + " belongs to another project than " + id);
        } else if (recorded.version() != version + 1) {
            throw new IllegalArgumentException("event " + recorded + " does not follow version " + version + " of " + id);
        } else {
            throw new IllegalArgumentException("project " + id + " was already started: " + recorded);
        }
    }

    /**
     * What each kind of event changes in the draft: one method per event, complete because the
     * compiler checks {@link ProjectEvent.Handler} is implemented in full.
     */
    private final class Evolution implements ProjectEvent.Handler<Draft> {

        @Override
        public Draft on(PhaseChangedEvent e) {
            phase = e.to();
            phaseHistory = phaseHistory.plus(PhaseChange.recorded(e, version));
            return Draft.this;
        }

        @Override
        public Draft on(MeasurementRecordedEvent e) {
            addMeasurement(e.measurement());
            return Draft.this;
        }

        @Override
        public Draft on(ProjectStartedEvent e) {
            profile = new ProjectProfile(e.organisation(), e.title(), e.areaOfFocus(), e.startedOn());
            return Draft.this;
        }

        @Override
        public Draft on(MeasurementCorrectedEvent e) {
            measurements.set(indexOfPeriod(e.measurement().period()), e.measurement());
            return Draft.this;
        }

        @Override
        public Draft on(ExecutiveSponsorAppointedEvent e) {
            sponsor = e.sponsor();
            return Draft.this;
        }

        @Override
        public Draft on(OversightMemberJoinedEvent e) {
            oversightGroup = oversightGroup.plus(new TeamMember(e.partner(), e.roles(), phase, version, e.joinedOn()));
            return Draft.this;
        }

        @Override
        public Draft on(CoDesignMemberJoinedEvent e) {
            coDesignTeam = coDesignTeam.plus(new TeamMember(e.partner(), e.roles(), e.joinedIn(), version,
                    e.joinedOn()));
            return Draft.this;
        }

        @Override
        public Draft on(CoDesignMemberLeftEvent e) {
            coDesignTeam = coDesignTeam.without(member -> member.id().equals(e.partner()));
            return Draft.this;
        }

        @Override
        public Draft on(WhatMattersRecordedEvent e) {
            whatMatters = whatMatters.plus(e.evidence());
            return Draft.this;
        }

        @Override
        public Draft on(VisionStatedEvent e) {
            vision = e.vision();
            return Draft.this;
        }

        @Override
        public Draft on(AimStatedEvent e) {
            aim = e.aim();
            return Draft.this;
        }

        @Override
        public Draft on(CriterionAssessedEvent e) {
            criteria = criteria.without(a -> a.criterion() == e.assessment().criterion()).plus(e.assessment());
            return Draft.this;
        }

        @Override
        public Draft on(PrimaryDriverAddedEvent e) {
            driverDiagram = driverDiagram.plus(e.driver());
            return Draft.this;
        }

        @Override
        public Draft on(SecondaryDriverAddedEvent e) {
            driverDiagram = driverDiagram.plus(e.driver());
            return Draft.this;
        }

        @Override
        public Draft on(ChangeIdeaAddedEvent e) {
            driverDiagram = driverDiagram.plus(e.idea());
            return Draft.this;
        }

        @Override
        public Draft on(PdsaCyclePlannedEvent e) {
            if (e.cycle() != pdsaCycles.size() + 1) {
                throw new IllegalArgumentException("PDSA cycle " + e.cycle() + " does not follow cycle "
                        + pdsaCycles.size());
            }
            pdsaCycles.add(PdsaCycle.planned(e.cycle(), e.changeIdeaId(), e.plan()));
            return Draft.this;
        }

        @Override
        public Draft on(PdsaDoRecordedEvent e) {
            pdsaCycles.set(e.cycle() - 1, pdsaCycles.get(e.cycle() - 1).withDo(e.done()));
            return Draft.this;
        }

        @Override
        public Draft on(PdsaStudyRecordedEvent e) {
            pdsaCycles.set(e.cycle() - 1, pdsaCycles.get(e.cycle() - 1).withStudy(e.study()));
            return Draft.this;
        }

        @Override
        public Draft on(PdsaActRecordedEvent e) {
            pdsaCycles.set(e.cycle() - 1, pdsaCycles.get(e.cycle() - 1).withAct(e.act()));
            return Draft.this;
        }

        @Override
        public Draft on(SpreadSiteAddedEvent e) {
            spreadSites = spreadSites.plus(e.site());
            return Draft.this;
        }

        @Override
        public Draft on(SiteMeasurementRecordedEvent e) {
            siteMeasurements = siteMeasurements.plus(e.measurement());
            return Draft.this;
        }

        @Override
        public Draft on(SustainReviewRecordedEvent e) {
            sustainReviews = sustainReviews.plus(e.review());
            return Draft.this;
        }

        @Override
        public Draft on(ProgressScoreSetEvent e) {
            Actor actor = Objects.requireNonNull(applying, "applying").actor();
            progressHistory = progressHistory.plus(new ProgressScoreChange(e.score(), e.rationale(), actor, e.setOn()));
            return Draft.this;
        }

        @Override
        public Draft on(ImpactRecordedEvent e) {
            if (e.entry() != impactLog.size() + 1) {
                throw new IllegalArgumentException("impact log entry " + e.entry() + " does not follow entry "
                        + impactLog.size());
            }
            impactLog.add(new ImpactLogEntry(e.entry(), e.youSaid(), e.weDid(), e.saidBy(), e.recordedOn(),
                    List.of()));
            return Draft.this;
        }

        @Override
        public Draft on(ImpactSignedOffEvent e) {
            impactLog.set(e.entry() - 1, impactLog.get(e.entry() - 1).withSignOff(e.signOff()));
            return Draft.this;
        }

        @Override
        public Draft on(ApprovalRecordedEvent e) {
            approvals = approvals.plus(e.approval());
            return Draft.this;
        }

        @Override
        public Draft on(ProjectPausedEvent e) {
            status = ProjectStatus.PAUSED;
            statusReason = e.reason();
            return Draft.this;
        }

        @Override
        public Draft on(ProjectResumedEvent e) {
            status = ProjectStatus.ACTIVE;
            statusReason = null;
            return Draft.this;
        }

        @Override
        public Draft on(ProjectClosedEvent e) {
            status = ProjectStatus.CLOSED;
            statusReason = e.reason();
            return Draft.this;
        }

        @Override
        public Draft on(MeasureDefinedEvent e) {
            if (indexOfMeasure(e.definition().id()) >= 0) {
                throw new IllegalArgumentException("measure " + e.definition().id() + " is already defined");
            }
            measures.add(new Measure(e.definition(), List.of()));
            return Draft.this;
        }

        @Override
        public Draft on(MeasureValueRecordedEvent e) {
            int index = measureIndex(e.measure());
            Measure measure = measures.get(index);
            if (measure.value(e.value().period()).isPresent()) {
                throw new IllegalArgumentException("measure " + e.measure() + " already has a value for "
                        + e.value().period());
            }
            measures.set(index, new Measure(measure.definition(),
                    ((PersistentList<MeasureValue>) measure.values()).plus(e.value())));
            return Draft.this;
        }

        @Override
        public Draft on(MeasureValueCorrectedEvent e) {
            int index = measureIndex(e.measure());
            Measure measure = measures.get(index);
            List<MeasureValue> values = new ArrayList<>(measure.values());
            int at = -1;
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).period().equals(e.value().period())) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new IllegalArgumentException("measure " + e.measure() + " has no value for "
                        + e.value().period() + " to correct");
            }
            values.set(at, e.value());
            measures.set(index, new Measure(measure.definition(), values));
            return Draft.this;
        }

        @Override
        public Draft on(WordsErasedEvent e) {
            // The erased events already hold the marker: there is nothing more to change.
            return Draft.this;
        }
    }

    private int indexOfMeasure(String measureId) {
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).id().equals(measureId)) {
                return i;
            }
        }
        return -1;
    }

    private int measureIndex(String measureId) {
        int index = indexOfMeasure(measureId);
        if (index < 0) {
            throw new IllegalArgumentException("no measure " + measureId + " has been defined");
        }
        return index;
    }

    private void addMeasurement(Measurement measurement) {
        if (periodIndex != null) {
            periodIndex.put(measurement.period(), measurements.size());
        }
        measurements.add(measurement);
    }

    /** Where {@code period} is in the measurements: an index built on the first correction, so corrections cost O(1). */
    private int indexOfPeriod(String period) {
        if (periodIndex == null) {
            periodIndex = new HashMap<>();
            for (int i = 0; i < measurements.size(); i++) {
                periodIndex.put(measurements.get(i).period(), i);
            }
        }
        Integer index = periodIndex.get(period);
        if (index == null) {
            throw new IllegalArgumentException("no measurement for period " + period + " to correct");
        }
        return index;
    }

    /**
     * A list the draft changes: shared with the state it came from while it only grows at the
     * end, and copied once, the first time an element is replaced (a PDSA cycle's next step, a
     * sign-off, a correction). So a replay that replaces elements n times still costs O(n), not
     * O(n) per replacement.
     */
    private static final class Editable<T> {
        private PersistentList<T> shared;
        private @Nullable ArrayList<T> own;

        Editable(List<T> list) {
            shared = PersistentList.copyOf(list);
        }

        int size() {
            return own != null ? own.size() : shared.size();
        }

        T get(int index) {
            return own != null ? own.get(index) : shared.get(index);
        }

        void add(T item) {
            if (own != null) {
                own.add(item);
            } else {
                shared = shared.plus(item);
            }
        }

        void set(int index, T item) {
            if (own == null) {
                own = new ArrayList<>(shared);
            }
            own.set(index, item);
        }

        PersistentList<T> done() {
            if (own != null) {
                shared = PersistentList.copyOf(own);
                own = null;
            }
            return shared;
        }
    }

    /** The immutable project. */
    AlwaysEventProject build() {
        if (id == null || profile == null) {
            throw new IllegalStateException("a project exists only once it has been started");
        }
        return new AlwaysEventProject(id, version, profile, phase, status, statusReason, sponsor, oversightGroup,
                coDesignTeam, whatMatters, vision, aim, criteria, driverDiagram, pdsaCycles.done(), measurements.done(), spreadSites,
                siteMeasurements, sustainReviews, progressHistory, impactLog.done(), approvals, phaseHistory, measures.done());
    }
}
