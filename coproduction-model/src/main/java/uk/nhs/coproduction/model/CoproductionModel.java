package uk.nhs.coproduction.model;

/**
 * The Co-Production Model (skeleton: filled in by the foundation issue).
 */
public final class CoproductionModel {

    private CoproductionModel() {
    }
}
