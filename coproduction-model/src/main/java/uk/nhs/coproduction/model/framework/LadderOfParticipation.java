package uk.nhs.coproduction.model.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.coproduction.model.internal.Copies;
import uk.nhs.coproduction.model.ladder.Grouping;
import uk.nhs.coproduction.model.ladder.LadderRung;

/**
 * The ladder of participation (Think Local Act Personal's ladder of co-production), as one
 * edition words it: seven rungs from coercion to co-producing, grouped as doing to, for and with.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param edition which edition this is
 * @param rungs the seven rungs
 * @param groupings the three groups
 * @since 0.1.0
 */
@CompleteFramework
public record LadderOfParticipation(
        @Valid FrameworkEdition edition,
        @Size(max = 20) List<@Valid RungDefinition> rungs,
        @Size(max = 10) List<@Valid GroupingDefinition> groupings) implements Framework {

    /**
     * Copies the lists; rejects nulls.
     *
     * @param edition which edition this is
     * @param rungs the seven rungs
     * @param groupings the three groups
     */
    public LadderOfParticipation {
        Objects.requireNonNull(edition, "edition");
        rungs = Copies.list(rungs, "rungs");
        groupings = Copies.list(groupings, "groupings");
    }

    /**
     * {@return the definition of {@code rung} in this edition}
     *
     * @param rung the rung
     */
    public Optional<RungDefinition> rung(LadderRung rung) {
        return rungs.stream().filter(r -> r.rung() == rung).findFirst();
    }

    /**
     * {@return the definition of {@code grouping} in this edition}
     *
     * @param grouping the grouping (doing to, for or with)
     */
    public Optional<GroupingDefinition> grouping(Grouping grouping) {
        return groupings.stream().filter(g -> g.grouping() == grouping).findFirst();
    }

    /**
     * {@return the rung's name in this edition, or its enum name if this edition lacks it}
     *
     * @param rung the rung
     */
    public String nameOf(LadderRung rung) {
        return rung(rung).map(RungDefinition::name).orElse(rung.name());
    }

    /**
     * {@return the group's name in this edition, or its enum name if this edition lacks it}
     *
     * @param grouping the grouping (doing to, for or with)
     */
    public String nameOf(Grouping grouping) {
        return grouping(grouping).map(GroupingDefinition::name).orElse(grouping.name());
    }
}
