package uk.nhs.coproduction.alwaysevents.pdsa;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One Plan-Do-Study-Act cycle testing a change idea. Steps are recorded in order: a cycle is
 * planned, then done, then studied, then acted on.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the cycle's number in the project, from 1
 * @param changeIdeaId the id of the change idea it tests (see the driver diagram)
 * @param plan the plan
 * @param done the do step, or null before it is recorded
 * @param study the study step, or null before it is recorded
 * @param act the act step, or null before it is recorded
 * @since 0.1.0
 */
public record PdsaCycle(int number, String changeIdeaId, Plan plan, @Nullable Do done, @Nullable Study study,
        @Nullable Act act) {

    /**
     * How far a cycle has got.
     *
     * @since 0.1.0
     */
    public enum Stage {
        /** Planned, not yet carried out. */
        PLANNED,
        /** Carried out, not yet studied. */
        DONE,
        /** Studied, not yet acted on. */
        STUDIED,
        /** Acted on: the cycle is complete. */
        ACTED
    }

    /**
     * Checks the components and that the steps were recorded in order.
     *
     * @param number the cycle's number in the project, from 1
     * @param changeIdeaId the id of the change idea it tests (see the driver diagram)
     * @param plan the plan
     * @param done the do step, or null before it is recorded
     * @param study the study step, or null before it is recorded
     * @param act the act step, or null before it is recorded
     */
    public PdsaCycle {
        Objects.requireNonNull(changeIdeaId, "changeIdeaId");
        Objects.requireNonNull(plan, "plan");
        if (number < 1) {
            throw new IllegalArgumentException("a PDSA cycle's number starts at 1: " + number);
        }
        if ((study != null && done == null) || (act != null && study == null)) {
            throw new IllegalArgumentException("PDSA cycle " + number + ": steps must be recorded in order");
        }
    }

    /**
     * {@return a newly planned cycle}
     *
     * @param number the cycle's number in the project, from 1
     * @param changeIdeaId the id of the change idea it tests (see the driver diagram)
     * @param plan the plan
     */
    public static PdsaCycle planned(int number, String changeIdeaId, Plan plan) {
        return new PdsaCycle(number, changeIdeaId, plan, null, null, null);
    }

    /**
     * {@return this cycle with its do step}
     *
     * @param step the do step
     */
    public PdsaCycle withDo(Do step) {
        return new PdsaCycle(number, changeIdeaId, plan, Objects.requireNonNull(step, "step"), study, act);
    }

    /**
     * {@return this cycle with its study step}
     *
     * @param step the study step
     */
    public PdsaCycle withStudy(Study step) {
        return new PdsaCycle(number, changeIdeaId, plan, done, Objects.requireNonNull(step, "step"), act);
    }

    /**
     * {@return this cycle with its act step}
     *
     * @param step the act step
     */
    public PdsaCycle withAct(Act step) {
        return new PdsaCycle(number, changeIdeaId, plan, done, study, Objects.requireNonNull(step, "step"));
    }

    /** {@return how far the cycle has got} */
    public Stage stage() {
        if (act != null) {
            return Stage.ACTED;
        }
        if (study != null) {
            return Stage.STUDIED;
        }
        return done != null ? Stage.DONE : Stage.PLANNED;
    }

    /** {@return whether the cycle is complete and its change was adopted or adapted} */
    public boolean keptTheChange() {
        return act != null && act.decision().keepsTheChange();
    }

    /** {@return the date of the latest step recorded} */
    public LocalDate latestDate() {
        if (act != null) {
            return act.decidedOn();
        }
        if (study != null) {
            return study.studiedOn();
        }
        return done != null ? done.carriedOutOn() : plan.plannedOn();
    }
}
