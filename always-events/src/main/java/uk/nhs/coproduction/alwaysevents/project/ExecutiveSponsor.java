package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.coproduction.model.partner.Partner;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;

/**
 * The board-level executive sponsor who champions the project.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the sponsor's pseudonymous id
 * @param appointedOn when they were appointed
 * @since 0.1.0
 */
public record ExecutiveSponsor(PartnerId id, LocalDate appointedOn) {

    /**
     * Checks the components.
     *
     * @param id the sponsor's pseudonymous id
     * @param appointedOn when they were appointed
     */
    public ExecutiveSponsor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(appointedOn, "appointedOn");
    }

    /**
     * {@return the sponsor as a partner of the co-production model, holding the executive sponsor
     * role}
     */
    public Partner asPartner() {
        return Partner.of(id, Role.EXECUTIVE_SPONSOR);
    }
}
