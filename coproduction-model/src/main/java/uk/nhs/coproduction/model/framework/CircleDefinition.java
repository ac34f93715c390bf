package uk.nhs.coproduction.model.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import uk.nhs.coproduction.model.alignment.Circle;

/**
 * A circle of the alignment model, worded as the edition in use words it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param circle which circle this is
 * @param name the circle's name
 * @param meaning what being in the circle means
 * @since 0.1.0
 */
public record CircleDefinition(
        Circle circle,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 1000) String meaning) {

    /**
     * Rejects nulls.
     *
     * @param circle which circle this is
     * @param name the circle's name
     * @param meaning what being in the circle means
     */
    public CircleDefinition {
        Objects.requireNonNull(circle, "circle");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(meaning, "meaning");
    }
}
