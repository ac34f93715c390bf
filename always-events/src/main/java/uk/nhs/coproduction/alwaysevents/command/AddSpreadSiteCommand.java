package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.nhs.coproduction.alwaysevents.project.SiteKind;

/**
 * Adds a unit (scale-up) or organisation (spread) that has taken up the Always Event.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param siteId a short id, such as {@code ward-12}
 * @param name its name
 * @param kind unit or organisation
 * @param joinedOn when it took it up
 * @since 0.1.0
 */
public record AddSpreadSiteCommand(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String siteId,
        @NotBlank @Size(max = 200) String name,
        @NotNull SiteKind kind,
        @NotNull LocalDate joinedOn) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
