package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * Records that a partner with lived experience in the co-design team signs off a "you said, we
 * did" entry.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param entry the entry's number
 * @param partner who signs it off
 * @param signedOn when
 * @param comment what they said about it, or null
 * @since 0.1.0
 */
public record SignOffImpactCommand(
        @Positive int entry,
        @NotNull PartnerId partner,
        @NotNull LocalDate signedOn,
        @Nullable @Size(max = 1000) String comment) implements ProjectCommand {

    /** Shows the entry, the partner and the date; the comment is left out. */
    @Override
    public String toString() {
        return "SignOffImpactCommand[entry=" + entry + ", partner=" + partner + ", signedOn=" + signedOn + "]";
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
