package uk.nhs.coproduction.alwaysevents.workflow.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.nhs.coproduction.alwaysevents.measurement.Reliability;
import uk.nhs.coproduction.alwaysevents.measurement.SustainRule;
import uk.nhs.coproduction.alwaysevents.measurement.Sustainment;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Approval;
import uk.nhs.coproduction.alwaysevents.project.Measurement;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.PhaseChange;
import uk.nhs.coproduction.alwaysevents.project.SiteMeasurement;
import uk.nhs.coproduction.alwaysevents.project.SpreadSite;
import uk.nhs.coproduction.alwaysevents.project.TeamMember;
import uk.nhs.coproduction.alwaysevents.project.WhatMattersEvidence;
import uk.nhs.coproduction.alwaysevents.statement.CriteriaEdition;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.alwaysevents.statement.CriterionAssessment;
import uk.nhs.coproduction.alwaysevents.workflow.Fact;
import uk.nhs.coproduction.alwaysevents.workflow.Guard;
import uk.nhs.coproduction.alwaysevents.workflow.GuardLibrary;
import uk.nhs.coproduction.alwaysevents.workflow.GuardSpec;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.Wording;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * The built-in guards. Each is a pure function of the project that returns {@code List.of()}
 * (no allocation) when its condition holds, and allocates reasons only when it does not.
 */
public final class StandardGuards {

    private StandardGuards() {
    }

    /** The factories of the built-in kinds, by kind. */
    public static Map<String, GuardLibrary.Factory> factories() {
        Map<String, GuardLibrary.Factory> factories = new TreeMap<>();
        factories.put("executive-sponsor", (spec, wording) -> new ExecutiveSponsorGuard(spec, wording));
        factories.put("co-design-team", (spec, wording) -> new CoDesignTeamGuard(spec, wording,
                spec.decimal("minimumLivedExperienceShare", 0.4, 0, 1)));
        factories.put("what-matters-evidence", (spec, wording) -> new WhatMattersGuard(spec, wording,
                spec.whole("minimumRecords", 1, 1)));
        factories.put("lived-experience-from-the-start", (spec, wording) -> new FromTheStartGuard(spec, wording));
        factories.put("always-event-statements", (spec, wording) -> new StatementsGuard(spec, wording));
        factories.put("four-criteria", (spec, wording) -> new CriteriaGuard(spec, wording, CriteriaEdition.standard()));
        factories.put("completed-pdsa-cycle", (spec, wording) -> new CompletedCycleGuard(spec, wording));
        factories.put("baseline-measurements", (spec, wording) -> new BaselineGuard(spec, wording,
                spec.whole("minimumPeriods", 6, 1)));
        factories.put("reliability-sustained", ReliabilityGuard::create);
        factories.put("spread-sites-reporting", (spec, wording) -> new SpreadSitesGuard(spec, wording,
                spec.whole("minimumSites", 1, 1), spec.whole("minimumPeriods", 3, 1)));
        factories.put("approval-recorded", (spec, wording) -> new ApprovalGuard(spec, wording, spec.text("approval")));
        return factories;
    }

    /** A proportion as a percentage with at most one decimal, such as "40%" or "33.3%". */
    static String percent(double proportion) {
        return BigDecimal.valueOf(proportion * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + "%";
    }

    /** The common parts of every built-in guard: its spec and its wording. */
    private abstract static class Base implements Guard {
        private final GuardSpec spec;
        final Wording wording;
        private final String description;

        Base(GuardSpec spec, Wording wording, Fact... parameters) {
            this.spec = spec;
            this.wording = wording;
            this.description = wording.describe(spec.kind(), parameters);
        }

        @Override
        public final GuardSpec spec() {
            return spec;
        }

        @Override
        public final String description() {
            return description;
        }

        /** {@code list} with {@code reason} added, creating the list on first use. */
        static List<Reason> add(List<Reason> list, Reason reason) {
            List<Reason> target = list.isEmpty() ? new ArrayList<>(3) : list;
            target.add(reason);
            return target;
        }

        @Override
        public final boolean equals(Object other) {
            return other != null && other.getClass() == getClass() && spec.equals(((Base) other).spec)
                    && wording.equals(((Base) other).wording);
        }

        @Override
        public final int hashCode() {
            return spec.hashCode();
        }

        @Override
        public final String toString() {
            return spec.toString();
        }
    }

    static final class ExecutiveSponsorGuard extends Base {
        ExecutiveSponsorGuard(GuardSpec spec, Wording wording) {
            super(spec, wording);
        }

        @Override
        public List<Reason> check(AlwaysEventProject project) {
            return project.sponsor() != null ? List.of()
                    : List.of(wording.reason("NO_EXECUTIVE_SPONSOR", Fact.of("executiveSponsor", "none")));
        }
    }

    static final class CoDesignTeamGuard extends Base {
        private final double minimumShare;

        CoDesignTeamGuard(GuardSpec spec, Wording wording, double minimumShare) {
            super(spec, wording, Fact.of("minimumShare", percent(minimumShare)));
            this.minimumShare = minimumShare;
        }

        @Override
        public List<Reason> check(AlwaysEventProject project) {
            List<TeamMember> team = project.coDesignTeam();
            int size = team.size();
            int lived = 0;
            int frontLine = 0;
            TeamMember onlyLived = null;
            TeamMember onlyFrontLine = null;
            for (int i = 0; i < size; i++) {
                TeamMember member = team.get(i);
                if (member.hasLivedExperience()) {
                    lived++;
                    onlyLived = member;
                }
                if (member.isFrontLineStaff()) {
                    frontLine++;
                    onlyFrontLine = member;
                }
            }
            boolean sameOnlyPerson = lived == 1 && frontLine == 1 && onlyLived == onlyFrontLine;
            boolean shareMet = size > 0 && (double) lived / size >= minimumShare - 1e-9;
            if (lived > 0 && frontLine > 0 && !sameOnlyPerson && shareMet) {
                return List.of();
            }
            List<Reason> reasons = List.of();
            if (lived == 0) {
                reasons = add(reasons, wording.reason("NO_LIVED_EXPERIENCE_MEMBER", Fact.of("teamSize", size),
                        Fact.of("livedExperienceMembers", 0)));
            }
            if (frontLine == 0 || sameOnlyPerson) {
                reasons = add(reasons, wording.reason("NO_FRONT_LINE_STAFF_MEMBER", Fact.of("teamSize", size),
                        Fact.of("frontLineStaffMembers", sameOnlyPerson ? 0 : frontLine)));
            }
            if (lived > 0 && !shareMet) {
                reasons = add(reasons, wording.reason("LIVED_EXPERIENCE_SHARE_TOO_LOW", Fact.of("livedExperienceMembers", lived),
                        Fact.of("teamSize", size), Fact.of("share", percent((double) lived / size)),
                        Fact.of("minimumShare", percent(minimumShare))));
            }
            return reasons;
        }
    }

    static final class WhatMattersGuard extends Base {
        private final int minimumRecords;

        WhatMattersGuard(GuardSpec spec, Wording wording, int minimumRecords) {
            super(spec, wording, Fact.of("minimumRecords", minimumRecords));
            this.minimumRecords = minimumRecords;
        }

        @Override
        public List<Reason> check(AlwaysEventProject project) {
            List<WhatMattersEvidence> evidence = project.whatMatters();
            int voice = 0;
            for (int i = 0; i < evidence.size(); i++) {
                WhatMattersEvidence record = evidence.get(i);
                if (record.isVoiceOfPeopleWhoUseTheService(saidByLivedExperience(project, record))) {
                    voice++;
                }
            }
            if (voice >= minimumRecords) {
                return List.of();
            }
            if (evidence.isEmpty()) {
                return List.of(wording.reason("NO_WHAT_MATTERS_EVIDENCE", Fact.of("records", 0)));
            }
            return List.of(wording.reason("NOT_ENOUGH_VOICE_OF_PEOPLE_WHO_USE_THE_SERVICE", Fact.of("records", evidence.size()),
                    Fact.of("fromPeopleWhoUseTheService", voice), Fact.of("minimumRecords", minimumRecords)));
        }

        private static boolean saidByLivedExperience(AlwaysEventProject project, WhatMattersEvidence record) {
            for (PartnerId id : record.voicedBy()) {
                Optional<TeamMember> member = project.coDesignMember(id);
                if (member.isPresent() && member.get().hasLivedExperience()) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class FromTheStartGuard extends Base {
        FromTheStartGuard(GuardSpec spec, Wording wording) {
            super(spec, wording);
        }

        @Override
        public List<Reason> check(AlwaysEventProject project) {
            long leftUnderstanding = -1;
            List<PhaseChange> history = project.phaseHistory();
            for (int i = history.size() - 1; i >= 0; i--) {
                if (history.get(i).from() == Phase.UNDERSTAND_WHAT_MATTERS) {
                    leftUnderstanding = history.get(i).atVersion();
                    break;
                }
            }
            if (leftUnderstanding < 0) {
                return List.of();
            }
            List<Reason> reasons = List.of();
            List<TeamMember> team = project.coDesignTeam();
            for (int i = 0; i < team.size(); i++) {
                TeamMember member = team.get(i);
                if (member.hasLivedExperience() && member.joinedAtVersion() > leftUnderstanding) {
                    reasons = add(reasons, wording.reason("LIVED_EXPERIENCE_JOINED_LATE", Fact.of("partner", member.id().value()),
                            Fact.of("joinedIn", member.joinedIn().name()), Fact.of("joinedOn", member.joinedOn().toString())));
                }
            }
            return reasons;
        }
    }

    static final class StatementsGuard extends Base {
        StatementsGuard(GuardSpec spec, Wording wording) {
            super(spec, wording);
        }

        @Override
        public List<Reason> check(AlwaysEventProject project) {
            if (project.vision() != null && project.aim() != null) {
                return List.of();
            }
            List<Reason> reasons = List.of();
            if (project.vision() == null) {
                reasons = add(reasons, wording.reason("NO_VISION_STATEMENT", Fact.of("visionStatement", "none")));
            }
            if (project.aim() == null) {
                reasons = add(reasons, wording.reason("NO_AIM_STATEMENT", Fact.of("aimStatement", "none")));
            }
            return reasons;
        }
    }

    static final class CriteriaGuard extends Base {
        private static final Criterion[] CRITERIA = Criterion.values();
        private final CriteriaEdition criteria;

        CriteriaGuard(GuardSpec spec, Wording wording, CriteriaEdition criteria) {
            super(spec, wording);
            this.criteria = criteria;
        }

        @Override
        public List<Reason> check(AlwaysEventProject project) {
            List<CriterionAssessment> assessed = project.criteria();
            int met = 0;
            for (int i = 0; i < assessed.size(); i++) {
                if (assessed.get(i).met()) {
                    met++;
                }
            }
            if (met == CRITERIA.length) {
                return List.of();
            }
            List<Reason> reasons = List.of();
            for (Criterion criterion : CRITERIA) {
                Optional<CriterionAssessment> assessment = project.criterion(criterion);
                if (assessment.isEmpty()) {
                    reasons = add(reasons, wording.reason("CRITERION_NOT_ASSESSED", Fact.of("criterion", criteria.name(criterion))));
                } else if (!assessment.get().met()) {
                    reasons = add(reasons, wording.reason("CRITERION_NOT_MET", Fact.of("criterion", criteria.name(criterion)),
                            Fact.of("assessedOn", assessment.get().assessedOn().toString())));
                }
            }
            return reasons;
        }
    }

    static final class CompletedCycleGuard extends Base {
        CompletedCycleGuard(GuardSpec spec, Wording wording) {
            super(spec, wording);
        }

        @Override
        public List<Reason> check(AlwaysEventProject project) {
            List<PdsaCycle> cycles = project.pdsaCycles();
            int studied = 0;
            int abandoned = 0;
            for (int i = 0; i < cycles.size(); i++) {
                PdsaCycle cycle = cycles.get(i);
                if (cycle.keptTheChange()) {
                    return List.of();
                }
                if (cycle.study() != null) {
                    studied++;
                }
                if (cycle.act() != null && cycle.act().decision() == ActDecision.ABANDON) {
                    abandoned++;
                }
            }
            return List.of(wording.reason("NO_COMPLETED_PDSA_CYCLE", Fact.of("cycles", cycles.size()),
                    Fact.of("studied", studied), Fact.of("abandoned", abandoned)));
        }
    }

    static final class BaselineGuard extends Base {
        private final int minimumPeriods;

        BaselineGuard(GuardSpec spec, Wording wording, int minimumPeriods) {
            super(spec, wording, Fact.of("minimumPeriods", minimumPeriods));
            this.minimumPeriods = minimumPeriods;
        }

        @Override
        public List<Reason> check(AlwaysEventProject project) {
            List<Measurement> measurements = project.measurements();
            int withData = 0;
            for (int i = 0; i < measurements.size(); i++) {
                if (measurements.get(i).hasData()) {
                    withData++;
                }
            }
            return withData >= minimumPeriods ? List.of()
                    : List.of(wording.reason("TOO_FEW_MEASUREMENTS", Fact.of("periods", withData),
                            Fact.of("minimumPeriods", minimumPeriods)));
        }
    }

    static final class ReliabilityGuard extends Base {
        private final SustainRule rule;

        ReliabilityGuard(GuardSpec spec, Wording wording, SustainRule rule) {
            super(spec, wording, Fact.of("rule", rule.describe()));
            this.rule = rule;
        }

        static ReliabilityGuard create(GuardSpec spec, Wording wording) {
            boolean shift = spec.parameters().containsKey("shiftAfterBaseline");
            if (shift && spec.parameters().containsKey("latestPeriods")) {
                throw new IllegalArgumentException("guard " + spec.kind() + ": give latestPeriods or shiftAfterBaseline, not both");
            }
            SustainRule rule = shift ? SustainRule.shiftAboveBaseline(spec.whole("shiftAfterBaseline", 12, 1))
                    : SustainRule.latestPeriodsAtAim(spec.whole("latestPeriods", 6, 1));
            return new ReliabilityGuard(spec, wording, rule);
        }

        @Override
        public List<Reason> check(AlwaysEventProject project) {
            if (project.aim() == null) {
                return List.of(wording.reason("NO_AIM_FOR_RELIABILITY", Fact.of("aimStatement", "none")));
            }
            String aim = project.aim().percentText();
            if (project.measurements().isEmpty()) {
                return List.of(wording.reason("RELIABILITY_INSUFFICIENT_DATA", Fact.of("aim", aim),
                        Fact.of("rule", rule.describe()), Fact.of("explanation", "No period has been measured yet.")));
            }
            Reliability reliability = project.reliability(rule).orElseThrow(
                    () -> new IllegalStateException("the measurement package refused the project's measurements"));
            Sustainment sustainment = reliability.sustainment();
            if (sustainment instanceof Sustainment.Sustained) {
                return List.of();
            }
            if (sustainment instanceof Sustainment.InsufficientData insufficient) {
                return List.of(wording.reason("RELIABILITY_INSUFFICIENT_DATA", Fact.of("aim", aim), Fact.of("rule", rule.describe()),
                        Fact.of("explanation", insufficient.explanation())));
            }
            Sustainment.NotSustained not = (Sustainment.NotSustained) sustainment;
            return List.of(wording.reason("RELIABILITY_NOT_SUSTAINED", Fact.of("aim", aim), Fact.of("rule", rule.describe()),
                    Fact.of("explanation", not.explanation()),
                    Fact.of("periodsShortOfAim", String.join(", ", not.periodsShortOfAim()))));
        }
    }

    static final class SpreadSitesGuard extends Base {
        private final int minimumSites;
        private final int minimumPeriods;

        SpreadSitesGuard(GuardSpec spec, Wording wording, int minimumSites, int minimumPeriods) {
            super(spec, wording, Fact.of("minimumSites", minimumSites), Fact.of("minimumPeriods", minimumPeriods));
            this.minimumSites = minimumSites;
            this.minimumPeriods = minimumPeriods;
        }

        @Override
        public List<Reason> check(AlwaysEventProject project) {
            List<SpreadSite> sites = project.spreadSites();
            if (sites.isEmpty()) {
                return List.of(wording.reason("NO_SPREAD_SITE", Fact.of("sites", 0), Fact.of("minimumSites", minimumSites)));
            }
            int reporting = 0;
            for (SpreadSite site : sites) {
                int periods = 0;
                for (SiteMeasurement measurement : project.siteMeasurements()) {
                    if (measurement.siteId().equals(site.siteId()) && measurement.measurement().hasData()) {
                        periods++;
                    }
                }
                if (periods >= minimumPeriods) {
                    reporting++;
                }
            }
            return reporting >= minimumSites ? List.of()
                    : List.of(wording.reason("SPREAD_SITES_NOT_REPORTING", Fact.of("sites", sites.size()),
                            Fact.of("reporting", reporting), Fact.of("minimumSites", minimumSites),
                            Fact.of("minimumPeriods", minimumPeriods)));
        }
    }

    static final class ApprovalGuard extends Base {
        private final String approval;

        ApprovalGuard(GuardSpec spec, Wording wording, String approval) {
            super(spec, wording, Fact.of("approval", approval));
            this.approval = approval;
        }

        @Override
        public List<Reason> check(AlwaysEventProject project) {
            for (Approval recorded : project.approvals()) {
                if (recorded.approval().equalsIgnoreCase(approval)) {
                    return List.of();
                }
            }
            return List.of(wording.reason("APPROVAL_NOT_RECORDED", Fact.of("approval", approval)));
        }
    }
}
