package uk.nhs.coproduction.alwaysevents.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.coproduction.alwaysevents.measurement.PeriodReliability;
import uk.nhs.coproduction.alwaysevents.measurement.Reliability;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScale;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.alwaysevents.progress.ProgressSuggestion;

/**
 * The facts of a project that suggest a score on the IHI progress scale (team, evidence, PDSA
 * cycles, reliability, spread). It lives with the project, not with the scale, so that the scale
 * is plain data that knows nothing of projects.
 */
final class ProgressRules {

    private ProgressRules() {
    }

    static ProgressSuggestion suggest(AlwaysEventProject project, ProgressScale scale) {
        Objects.requireNonNull(scale, "scale");
        List<String> because = new ArrayList<>();
        double score = 0.5;
        because.add("The project has started.");
        List<TeamMember> team = project.coDesignTeam();
        boolean lived = team.stream().anyMatch(TeamMember::hasLivedExperience);
        boolean staff = team.stream().anyMatch(TeamMember::isFrontLineStaff);
        if (project.sponsor() != null && lived && staff) {
            score = 1.0;
            because.add("There is an executive sponsor and a co-design team with lived experience and front-line staff.");
        } else {
            return suggestion(scale, score, because);
        }
        if (project.phase().compareTo(Phase.UNDERSTAND_WHAT_MATTERS) >= 0
                && (!project.whatMatters().isEmpty() || !project.measurements().isEmpty())) {
            score = 1.5;
            because.add("Evidence of what matters or baseline measurements are being gathered.");
        } else {
            return suggestion(scale, score, because);
        }
        if (project.phase().compareTo(Phase.CO_DESIGN) >= 0 && (project.vision() != null || !project.driverDiagram().isEmpty())) {
            score = 2.0;
            because.add("The Always Event or its change ideas are being co-designed.");
        } else {
            return suggestion(scale, score, because);
        }
        if (project.pdsaCycles().stream().anyMatch(c -> c.study() != null)) {
            score = 2.5;
            because.add("At least one change has been tested and studied with a PDSA cycle.");
        } else {
            return suggestion(scale, score, because);
        }
        Optional<Reliability> reliability = project.reliability();
        boolean kept = project.pdsaCycles().stream().anyMatch(PdsaCycle::keptTheChange);
        List<PeriodReliability> withData = reliability.map(r -> r.periods().stream().filter(PeriodReliability::hasData)
                .toList()).orElse(List.of());
        if (kept && withData.size() >= 2 && last(withData).percentage().getAsDouble()
                > withData.get(0).percentage().getAsDouble()) {
            score = 3.0;
            because.add("A tested change was adopted or adapted, and the latest period is above the first.");
        } else {
            return suggestion(scale, score, because);
        }
        if (last(withData).status() == PeriodReliability.AimStatus.MET) {
            score = 3.5;
            because.add("The latest period meets the aim.");
        } else {
            return suggestion(scale, score, because);
        }
        int run = 0;
        for (int i = withData.size() - 1; i >= 0 && withData.get(i).status() == PeriodReliability.AimStatus.MET; i--) {
            run++;
        }
        if (run >= 3) {
            score = 4.0;
            because.add("The latest " + run + " periods meet the aim.");
        } else {
            return suggestion(scale, score, because);
        }
        if (reliability.get().sustainment().isSustained()) {
            score = 4.5;
            because.add("Reliability is sustained at the aim: " + reliability.get().sustainment().explanation());
        } else {
            return suggestion(scale, score, because);
        }
        for (SpreadSite site : project.spreadSites()) {
            Optional<Reliability> atSite = project.siteReliability(site.siteId(), reliability.get().rule());
            if (atSite.isPresent() && atSite.get().sustainment().isSustained()) {
                score = 5.0;
                because.add("Reliability is also sustained at the aim at " + site.name() + ".");
                break;
            }
        }
        return suggestion(scale, score, because);
    }

    private static ProgressSuggestion suggestion(ProgressScale scale, double score, List<String> because) {
        return new ProgressSuggestion(scale.level(ProgressScore.of(score)), because);
    }

    private static PeriodReliability last(List<PeriodReliability> periods) {
        return periods.get(periods.size() - 1);
    }
}
