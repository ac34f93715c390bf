package uk.nhs.coproduction.model.partnership;

import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.partner.Partner;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * A partner's membership of a partnership: who they are, the stage at which they joined, their
 * patient and public voice involvement level (if they are a PPV partner), and what they give and
 * receive.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param partner the person, never null
 * @param joinedAt the stage of the initiative at which they joined
 * @param involvementLevel their PPV involvement level, or null for someone who is not a PPV
 *     partner (such as staff)
 * @param reciprocity what they give and receive
 */
public record Member(
        @Valid Partner partner,
        Stage joinedAt,
        @Nullable InvolvementLevel involvementLevel,
        @Valid Reciprocity reciprocity) {

    /** Rejects nulls other than the involvement level. */
    public Member {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(reciprocity, "reciprocity");
    }

    /** A member who joined at {@code stage}, with no involvement level and nothing recorded in return. */
    public static Member joined(Partner partner, Stage stage) {
        return new Member(partner, stage, null, Reciprocity.none());
    }

    /** A copy with this PPV involvement level. */
    public Member withInvolvementLevel(@Nullable InvolvementLevel level) {
        return new Member(partner, joinedAt, level, reciprocity);
    }

    /** A copy with this reciprocity. */
    public Member withReciprocity(Reciprocity reciprocity) {
        return new Member(partner, joinedAt, involvementLevel, reciprocity);
    }

    /** A copy with this partner (for example after a change of roles); the id may differ. */
    public Member withPartner(Partner partner) {
        return new Member(partner, joinedAt, involvementLevel, reciprocity);
    }

    /** The member's pseudonymous id. */
    public PartnerId id() {
        return partner.id();
    }

    /** Whether the member has lived experience (derived from their roles). */
    public boolean hasLivedExperience() {
        return partner.hasLivedExperience();
    }

    /** Whether the member is staff (derived from their roles). */
    public boolean isStaff() {
        return partner.isStaff();
    }

    /** Whether the member joined at the very start (the discovery stage). */
    public boolean joinedFromTheStart() {
        return joinedAt == Stage.DISCOVERY;
    }

    /** Whether the member had joined by {@code stage}, so could take part in it. */
    public boolean hadJoinedBy(Stage stage) {
        return joinedAt.compareTo(stage) <= 0;
    }
}
