package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * Records evidence of what matters to people who use the service: surveys, conversations,
 * complaints, Friends and Family Test comments, workshops, or the co-design team's own words
 * ({@link WhatMattersSource#PARTNERS}, naming who said it).
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param source where it came from
 * @param summary what matters, in people's own words where possible
 * @param peopleHeard how many people it comes from (0 when not known)
 * @param voicedBy the co-design team members who said it (needed when the source is
 *     {@link WhatMattersSource#PARTNERS})
 * @param gatheredOn when it was gathered
 * @since 0.1.0
 */
public record RecordWhatMattersCommand(
        @NotNull WhatMattersSource source,
        @NotBlank @Size(max = 2000) String summary,
        @PositiveOrZero(message = "must be 0 or more") int peopleHeard,
        @NotNull Set<@NotNull PartnerId> voicedBy,
        @NotNull LocalDate gatheredOn) implements ProjectCommand {

    /** Shows the source, the date and who said it; the summary, which may quote people, is left out. */
    @Override
    public String toString() {
        return "RecordWhatMattersCommand[source=" + source + ", gatheredOn=" + gatheredOn + ", peopleHeard=" + peopleHeard
                + ", voicedBy=" + voicedBy + ", summary=<" + (summary == null ? 0 : summary.length()) + " characters>]";
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
