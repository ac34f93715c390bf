package uk.nhs.coproduction.model.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * An operational focus area of a co-production culture (the 2021 extension of the Co-Production
 * Model). The list is open: the bundled edition leaves it empty because the source's names could
 * not be confirmed, and an organisation can add its own.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the focus area's name
 * @param description what it means in practice
 * @since 0.1.0
 */
public record FocusArea(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 1000) String description) {

    /**
     * Rejects nulls.
     *
     * @param name the focus area's name
     * @param description what it means in practice
     */
    public FocusArea {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
