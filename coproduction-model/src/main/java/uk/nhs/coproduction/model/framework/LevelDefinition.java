package uk.nhs.coproduction.model.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.partnership.InvolvementLevel;

/**
 * An involvement level of the patient and public voice (PPV) partner policy, worded as the edition
 * in use words it, with what it entitles a partner to.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param level which level this is
 * @param name the level's name
 * @param description what involvement at this level looks like
 * @param entitlement what a partner at this level is entitled to be paid
 * @param confidence how far this item can be trusted, or null when the edition's confidence applies
 * @since 0.1.0
 */
public record LevelDefinition(
        InvolvementLevel level,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 1000) String description,
        PaymentEntitlement entitlement,
        @Nullable @Valid Confidence confidence) {

    /**
     * Rejects nulls other than the confidence.
     *
     * @param level which level this is
     * @param name the level's name
     * @param description what involvement at this level looks like
     * @param entitlement what a partner at this level is entitled to be paid
     * @param confidence how far this item can be trusted, or null when the edition's confidence
     *     applies
     */
    public LevelDefinition {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(entitlement, "entitlement");
    }
}
