package uk.nhs.coproduction.model.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.coproduction.model.internal.Copies;

/**
 * The Co-Production Model (Coalition for Collaborative Care 2016; Coalition for Personalised Care
 * 2021): five values with the behaviours they imply, and seven steps, as one edition words them.
 *
 * <p>The wording is data, never code: the bundled edition comes from
 * {@link Frameworks#bundled()}, and an organisation can load its own.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param edition which edition this is
 * @param definition what co-production means, in the edition's words
 * @param values the five values, in the edition's order
 * @param steps the seven steps, in order
 * @param focusAreas the operational focus areas of a co-production culture; may be empty
 * @since 0.1.0
 */
@CompleteFramework
public record CoproductionModel(
        @Valid FrameworkEdition edition,
        @NotBlank @Size(max = 2000) String definition,
        @Size(max = 20) List<@Valid CoproductionValue> values,
        @Size(max = 20) List<@Valid CoproductionStep> steps,
        @Size(max = 50) List<@Valid FocusArea> focusAreas) implements Framework {

    /**
     * Copies the lists; rejects nulls.
     *
     * @param edition which edition this is
     * @param definition what co-production means, in the edition's words
     * @param values the five values, in the edition's order
     * @param steps the seven steps, in order
     * @param focusAreas the operational focus areas of a co-production culture; may be empty
     */
    public CoproductionModel {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(definition, "definition");
        values = Copies.list(values, "values");
        steps = Copies.list(steps, "steps");
        focusAreas = Copies.list(focusAreas, "focusAreas");
    }

    /**
     * {@return the value with this key, as this edition words it}
     *
     * @param key which of the five values
     */
    public Optional<CoproductionValue> value(CoproductionValue.Key key) {
        return values.stream().filter(v -> v.key() == key).findFirst();
    }

    /**
     * {@return the step with this key, as this edition words it}
     *
     * @param key which of the seven steps
     */
    public Optional<CoproductionStep> step(CoproductionStep.Key key) {
        return steps.stream().filter(s -> s.key() == key).findFirst();
    }

    /**
     * {@return the confidence that applies to {@code value}: its own, or else the edition's}
     *
     * @param value a value of this edition
     */
    public Confidence confidenceOf(CoproductionValue value) {
        return value.confidence() != null ? value.confidence() : edition.confidence();
    }

    /**
     * {@return the confidence that applies to {@code step}: its own, or else the edition's}
     *
     * @param step a step of this edition
     */
    public Confidence confidenceOf(CoproductionStep step) {
        return step.confidence() != null ? step.confidence() : edition.confidence();
    }
}
