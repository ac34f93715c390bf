package uk.nhs.coproduction.model.framework;

import java.util.Objects;
import uk.nhs.coproduction.model.framework.internal.BundledEditions;

/**
 * The set of framework editions in use: the Co-Production Model, the ladder of participation,
 * the statutory guidance's principles, the PPV partner policy and the alignment model.
 *
 * <p>Start from {@link #bundled()} and replace any edition with your organisation's own:
 *
 * <pre>{@code
 * CoproductionModel ours = CoproductionJson.standard()
 *         .read(DocumentType.COPRODUCTION_MODEL, Path.of("our-model.json"))
 *         .orElseThrow();
 * Frameworks frameworks = Frameworks.bundled().withCoproductionModel(ours);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param coproductionModel the Co-Production Model
 * @param ladder the ladder of participation
 * @param statutoryGuidance the statutory guidance's ten principles
 * @param ppvPartnerPolicy the PPV partner policy
 * @param alignmentModel the alignment model
 * @since 0.1.0
 */
public record Frameworks(
        CoproductionModel coproductionModel,
        LadderOfParticipation ladder,
        StatutoryGuidance statutoryGuidance,
        PpvPartnerPolicy ppvPartnerPolicy,
        AlignmentModel alignmentModel) {

    /**
     * Rejects nulls.
     *
     * @param coproductionModel the Co-Production Model
     * @param ladder the ladder of participation
     * @param statutoryGuidance the statutory guidance's ten principles
     * @param ppvPartnerPolicy the PPV partner policy
     * @param alignmentModel the alignment model
     */
    public Frameworks {
        Objects.requireNonNull(coproductionModel, "coproductionModel");
        Objects.requireNonNull(ladder, "ladder");
        Objects.requireNonNull(statutoryGuidance, "statutoryGuidance");
        Objects.requireNonNull(ppvPartnerPolicy, "ppvPartnerPolicy");
        Objects.requireNonNull(alignmentModel, "alignmentModel");
    }

    /**
     * {@return the editions bundled with this library, loaded once from its JSON resources and
     * validated}
     *
     * @throws IllegalStateException if a bundled resource is missing or invalid (a packaging
     *     error, never a user's)
     */
    public static Frameworks bundled() {
        return BundledEditions.bundled();
    }

    /**
     * {@return a copy using this edition of the Co-Production Model}
     *
     * @param model the edition to use
     */
    public Frameworks withCoproductionModel(CoproductionModel model) {
        return new Frameworks(model, ladder, statutoryGuidance, ppvPartnerPolicy, alignmentModel);
    }

    /**
     * {@return a copy using this edition of the ladder of participation}
     *
     * @param ladder the ladder of participation
     */
    public Frameworks withLadder(LadderOfParticipation ladder) {
        return new Frameworks(coproductionModel, ladder, statutoryGuidance, ppvPartnerPolicy, alignmentModel);
    }

    /**
     * {@return a copy using this edition of the statutory guidance}
     *
     * @param guidance the edition to use
     */
    public Frameworks withStatutoryGuidance(StatutoryGuidance guidance) {
        return new Frameworks(coproductionModel, ladder, guidance, ppvPartnerPolicy, alignmentModel);
    }

    /**
     * {@return a copy using this edition of the PPV partner policy}
     *
     * @param policy the edition to use
     */
    public Frameworks withPpvPartnerPolicy(PpvPartnerPolicy policy) {
        return new Frameworks(coproductionModel, ladder, statutoryGuidance, policy, alignmentModel);
    }

    /**
     * {@return a copy using this edition of the alignment model}
     *
     * @param model the edition to use
     */
    public Frameworks withAlignmentModel(AlignmentModel model) {
        return new Frameworks(coproductionModel, ladder, statutoryGuidance, ppvPartnerPolicy, model);
    }
}
