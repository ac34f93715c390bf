package uk.nhs.coproduction.model.partner;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.internal.Copies;

/**
 * Community and equality information that a partner chose to share, recorded only with their
 * consent. It cannot exist without the date consent was given; when consent is withdrawn, remove
 * it with {@link Partner#withoutCommunityInformation()}.
 *
 * <p>An empty set of groups means the person shared that they belong to none of the listed
 * communities; a person who prefers not to say has no community information at all.
 *
 * <p>The consent date may not be after today ({@link jakarta.validation.constraints.PastOrPresent},
 * with "today" from the {@link uk.nhs.coproduction.model.validation.ModelValidator}'s clock):
 * information recorded before consent is given has no consent behind it.
 *
 * <p>This is personal data: it is reported only in aggregate (see {@link CommunityProfile}) and
 * never appears in {@link #toString()} or an exception message.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param consentGivenOn the date the person consented to this information being recorded
 * @param groups the communities the person says they belong to, in declared order; may be empty
 * @param selfDescription how the person describes their community, in their own words, or null
 * @since 0.1.0
 */
public record CommunityInformation(
        @PastOrPresent LocalDate consentGivenOn,
        Set<CommunityGroup> groups,
        @Nullable @Size(min = 1, max = 500) String selfDescription) {

    /**
     * Copies the groups; rejects nulls.
     *
     * @param consentGivenOn the date the person consented to this information being recorded
     * @param groups the communities the person says they belong to, in declared order; may be empty
     * @param selfDescription how the person describes their community, in their own words, or null
     */
    public CommunityInformation {
        Objects.requireNonNull(consentGivenOn, "consentGivenOn");
        groups = Copies.enumSet(CommunityGroup.class, groups, "groups");
    }

    /**
     * {@return information shared with consent on {@code consentGivenOn}, naming these groups}
     *
     * @param consentGivenOn the date the person consented to this information being recorded
     * @param groups the communities the person says they belong to, in declared order; may be empty
     */
    public static CommunityInformation consented(LocalDate consentGivenOn, Set<CommunityGroup> groups) {
        return new CommunityInformation(consentGivenOn, groups, null);
    }

    /**
     * {@return a copy with the person's own description of their community}
     *
     * @param selfDescription how the person describes their community, in their own words, or null
     */
    public CommunityInformation withSelfDescription(@Nullable String selfDescription) {
        return new CommunityInformation(consentGivenOn, groups, selfDescription);
    }

    /**
     * {@return whether the person says they belong to at least one disadvantaged or minority
     * community}
     */
    public boolean identifiesWithAny() {
        return !groups.isEmpty();
    }

    /** Never shows the information itself. */
    @Override
    public String toString() {
        return "CommunityInformation[withheld]";
    }
}
