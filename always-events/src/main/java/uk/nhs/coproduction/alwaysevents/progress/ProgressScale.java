package uk.nhs.coproduction.alwaysevents.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import uk.nhs.coproduction.alwaysevents.internal.BundledJson;
import uk.nhs.coproduction.alwaysevents.measurement.PeriodReliability;
import uk.nhs.coproduction.alwaysevents.measurement.Reliability;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.SpreadSite;
import uk.nhs.coproduction.alwaysevents.project.TeamMember;
import uk.nhs.coproduction.alwaysevents.workflow.Phase;
import uk.nhs.coproduction.model.framework.FrameworkEdition;

/**
 * The IHI progress scale, 0.5 to 5, as versioned data: what each score means, and which edition
 * the wording comes from.
 *
 * <p>{@link #suggest(AlwaysEventProject)} suggests a score from a project's facts (team, evidence,
 * PDSA cycles, reliability, spread), with the facts that support it. It is a starting point for
 * the team's own judgement: a person sets the score, with a rationale, and every change is kept.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgressScale {

    private static final String RESOURCE = "internal/ihi-progress-scale.json";

    private final FrameworkEdition edition;
    private final List<ProgressLevel> levels;

    private ProgressScale(FrameworkEdition edition, List<ProgressLevel> levels) {
        this.edition = edition;
        this.levels = List.copyOf(levels);
    }

    /** The bundled edition of the scale. */
    public static ProgressScale standard() {
        return Holder.STANDARD;
    }

    /** Which edition the wording comes from, with its sources and confidence. */
    public FrameworkEdition edition() {
        return edition;
    }

    /** Every level, from 0.5 to 5. */
    public List<ProgressLevel> levels() {
        return levels;
    }

    /** What {@code score} means. */
    public ProgressLevel level(ProgressScore score) {
        return levels.get((int) Math.round(score.value() * 2) - 1);
    }

    /** A suggested score for {@code project}, with the facts that support it. */
    public ProgressSuggestion suggest(AlwaysEventProject project) {
        Objects.requireNonNull(project, "project");
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
            return suggestion(score, because);
        }
        if (project.phase().compareTo(Phase.UNDERSTAND_WHAT_MATTERS) >= 0
                && (!project.whatMatters().isEmpty() || !project.measurements().isEmpty())) {
            score = 1.5;
            because.add("Evidence of what matters or baseline measurements are being gathered.");
        } else {
            return suggestion(score, because);
        }
        if (project.phase().compareTo(Phase.CO_DESIGN) >= 0 && (project.vision() != null || !project.driverDiagram().isEmpty())) {
            score = 2.0;
            because.add("The Always Event or its change ideas are being co-designed.");
        } else {
            return suggestion(score, because);
        }
        if (project.pdsaCycles().stream().anyMatch(c -> c.study() != null)) {
            score = 2.5;
            because.add("At least one change has been tested and studied with a PDSA cycle.");
        } else {
            return suggestion(score, because);
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
            return suggestion(score, because);
        }
        if (last(withData).status() == PeriodReliability.AimStatus.MET) {
            score = 3.5;
            because.add("The latest period meets the aim.");
        } else {
            return suggestion(score, because);
        }
        int run = 0;
        for (int i = withData.size() - 1; i >= 0 && withData.get(i).status() == PeriodReliability.AimStatus.MET; i--) {
            run++;
        }
        if (run >= 3) {
            score = 4.0;
            because.add("The latest " + run + " periods meet the aim.");
        } else {
            return suggestion(score, because);
        }
        if (reliability.get().sustainment().isSustained()) {
            score = 4.5;
            because.add("Reliability is sustained at the aim: " + reliability.get().sustainment().explanation());
        } else {
            return suggestion(score, because);
        }
        for (SpreadSite site : project.spreadSites()) {
            Optional<Reliability> atSite = project.siteReliability(site.siteId(), reliability.get().rule());
            if (atSite.isPresent() && atSite.get().sustainment().isSustained()) {
                score = 5.0;
                because.add("Reliability is also sustained at the aim at " + site.name() + ".");
                break;
            }
        }
        return suggestion(score, because);
    }

    private ProgressSuggestion suggestion(double score, List<String> because) {
        return new ProgressSuggestion(level(ProgressScore.of(score)), because);
    }

    private static PeriodReliability last(List<PeriodReliability> periods) {
        return periods.get(periods.size() - 1);
    }

    private static ProgressScale load() {
        JsonNode document = BundledJson.resource(ProgressScale.class, RESOURCE);
        String where = RESOURCE;
        FrameworkEdition edition = BundledJson.edition(document, where);
        List<JsonNode> items = BundledJson.array(document, "levels", where);
        List<ProgressLevel> levels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = where + ".levels[" + i + "]";
            ProgressScore score = ProgressScore.parse(BundledJson.text(items.get(i), "score", at));
            if (score.value() != 0.5 * (i + 1)) {
                throw new IllegalStateException(at + ": the levels must run from 0.5 to 5 in steps of 0.5, in order");
            }
            levels.add(new ProgressLevel(score, BundledJson.text(items.get(i), "label", at),
                    BundledJson.text(items.get(i), "description", at)));
        }
        if (levels.size() != 10) {
            throw new IllegalStateException(where + ": the scale has ten levels, from 0.5 to 5");
        }
        return new ProgressScale(edition, levels);
    }

    private static final class Holder {
        static final ProgressScale STANDARD = load();
    }
}
