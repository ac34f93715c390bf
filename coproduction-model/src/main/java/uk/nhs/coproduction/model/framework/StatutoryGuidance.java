package uk.nhs.coproduction.model.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.coproduction.model.internal.Copies;

/**
 * The ten principles of NHS England's statutory guidance "Working in partnership with people and
 * communities" (2022), as one edition words them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param edition which edition this is
 * @param principles the ten principles, in order
 * @since 0.1.0
 */
@CompleteFramework
public record StatutoryGuidance(
        @Valid FrameworkEdition edition,
        @Size(max = 30) List<@Valid StatutoryPrinciple> principles) implements Framework {

    /**
     * Copies the list; rejects nulls.
     *
     * @param edition which edition this is
     * @param principles the ten principles, in order
     */
    public StatutoryGuidance {
        Objects.requireNonNull(edition, "edition");
        principles = Copies.list(principles, "principles");
    }

    /**
     * {@return the principle with this key, as this edition words it}
     *
     * @param key which of the ten principles
     */
    public Optional<StatutoryPrinciple> principle(StatutoryPrinciple.Key key) {
        return principles.stream().filter(p -> p.key() == key).findFirst();
    }
}
