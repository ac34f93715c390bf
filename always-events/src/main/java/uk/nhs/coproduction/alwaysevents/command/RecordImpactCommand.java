package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * Records a "you said, we did" entry: what partners said and what changed.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param youSaid what partners said
 * @param weDid what changed
 * @param saidBy the co-design team members who said it (may be empty)
 * @param recordedOn when
 * @since 0.1.0
 */
public record RecordImpactCommand(
        @NotBlank @Size(max = 2000) String youSaid,
        @NotBlank @Size(max = 2000) String weDid,
        @NotNull Set<@NotNull PartnerId> saidBy,
        @NotNull LocalDate recordedOn) implements ProjectCommand {

    /** Shows who said it and when; what was said and done is left out. */
    @Override
    public String toString() {
        return "RecordImpactCommand[saidBy=" + saidBy + ", recordedOn=" + recordedOn + "]";
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
