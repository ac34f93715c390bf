package uk.nhs.coproduction.alwaysevents.portfolio;

import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.ProjectStatus;
import uk.nhs.coproduction.model.ladder.LadderRung;

/**
 * One project in the portfolio: project facts only, no partner and no free text beyond the
 * project's own title and area of focus.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the project's id
 * @param title the project's title
 * @param area the area of focus (the population and care setting)
 * @param phase the phase the project is in
 * @param phaseName the phase's name in the workflow, such as "Co-design"
 * @param status active, paused or closed
 * @param progressScore the progress score a person set last, or null when none is set
 * @param ladderRung the rung of the ladder of participation assessed for the project, or null when
 *     none has been assessed
 * @param measures the project's measures, the outcome measure first
 * @since 0.1.0
 * @provisional
 */
public record PortfolioRow(ProjectId id, String title, String area, Phase phase, String phaseName,
        ProjectStatus status, @Nullable ProgressScore progressScore, @Nullable LadderRung ladderRung,
        List<PortfolioMeasure> measures) {

    /**
     * Checks the components and copies the list.
     *
     * @param id the project's id
     * @param title the project's title
     * @param area the area of focus
     * @param phase the phase the project is in
     * @param phaseName the phase's name in the workflow
     * @param status active, paused or closed
     * @param progressScore the progress score, or null
     * @param ladderRung the ladder rung, or null
     * @param measures the project's measures
     */
    public PortfolioRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(phaseName, "phaseName");
        Objects.requireNonNull(status, "status");
        measures = List.copyOf(measures);
    }

    /** {@return the progress score, if one is set} */
    public Optional<ProgressScore> progress() {
        return Optional.ofNullable(progressScore);
    }

    /** {@return the ladder rung, if one has been assessed} */
    public Optional<LadderRung> rung() {
        return Optional.ofNullable(ladderRung);
    }

    /** {@return the outcome measure (the first with that role), if the project has one} */
    public Optional<PortfolioMeasure> outcome() {
        return measures.stream().filter(m -> m.role() == MeasureRole.OUTCOME).findFirst();
    }

    @Override
    public String toString() {
        return "PortfolioRow[" + id + ", " + phase + ", " + measures.size() + " measures]";
    }
}
