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
 * @since 0.1.0
 */
public record Member(
        @Valid Partner partner,
        Stage joinedAt,
        @Nullable InvolvementLevel involvementLevel,
        @Valid Reciprocity reciprocity) {

    /**
     * Rejects nulls other than the involvement level.
     *
     * @param partner the person, never null
     * @param joinedAt the stage of the initiative at which they joined
     * @param involvementLevel their PPV involvement level, or null for someone who is not a PPV
     *     partner (such as staff)
     * @param reciprocity what they give and receive
     */
    public Member {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(reciprocity, "reciprocity");
    }

    /**
     * {@return a member who joined at {@code stage}, with no involvement level and nothing recorded
     * in return}
     *
     * @param partner the person, never null
     * @param stage the stage at which they joined
     */
    public static Member joined(Partner partner, Stage stage) {
        return new Member(partner, stage, null, Reciprocity.none());
    }

    /**
     * {@return a copy with this PPV involvement level}
     *
     * @param level the PPV involvement level, or null for none
     */
    public Member withInvolvementLevel(@Nullable InvolvementLevel level) {
        return new Member(partner, joinedAt, level, reciprocity);
    }

    /**
     * {@return a copy with this reciprocity}
     *
     * @param reciprocity what they give and receive
     */
    public Member withReciprocity(Reciprocity reciprocity) {
        return new Member(partner, joinedAt, involvementLevel, reciprocity);
    }

    /**
     * {@return a copy with this partner (for example after a change of roles); the id may differ}
     *
     * @param partner the person, never null
     */
    public Member withPartner(Partner partner) {
        return new Member(partner, joinedAt, involvementLevel, reciprocity);
    }

    /** {@return the member's pseudonymous id} */
    public PartnerId id() {
        return partner.id();
    }

    /** {@return whether the member has lived experience (derived from their roles)} */
    public boolean hasLivedExperience() {
        return partner.hasLivedExperience();
    }

    /** {@return whether the member is staff (derived from their roles)} */
    public boolean isStaff() {
        return partner.isStaff();
    }

    /** {@return whether the member joined at the very start (the discovery stage)} */
    public boolean joinedFromTheStart() {
        return joinedAt == Stage.DISCOVERY;
    }

    /**
     * {@return whether the member had joined by {@code stage}, so could take part in it}
     *
     * @param stage the stage of the Co-Production Model
     */
    public boolean hadJoinedBy(Stage stage) {
        return joinedAt.compareTo(stage) <= 0;
    }
}
