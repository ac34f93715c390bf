package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * An approval an organisation's own workflow may ask for, such as "clinical governance
 * committee", given by the executive sponsor or a member of the oversight group.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param approval what approved it, as the workflow definition names it
 * @param approvedBy who recorded the approval
 * @param approvedOn when
 * @since 0.1.0
 */
public record Approval(String approval, PartnerId approvedBy, LocalDate approvedOn) {

    /**
     * Checks the components.
     *
     * @param approval what approved it, as the workflow definition names it
     * @param approvedBy who recorded the approval
     * @param approvedOn when
     */
    public Approval {
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedOn, "approvedOn");
        if (approval.isBlank()) {
            throw new IllegalArgumentException("an approval needs a name");
        }
    }
}
