package uk.nhs.coproduction.model.framework;


/**
 * A framework loaded from versioned data. Every framework carries its {@link FrameworkEdition}
 * and, to be valid, defines each item of its vocabulary exactly once ({@link CompleteFramework}).
 *
 * @since 0.1.0
 */
public sealed interface Framework
        permits CoproductionModel, LadderOfParticipation, StatutoryGuidance, PpvPartnerPolicy, AlignmentModel {

    /** {@return which edition this is, with its source and confidence; never null} */
    FrameworkEdition edition();
}
